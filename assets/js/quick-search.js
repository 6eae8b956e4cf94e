/*
 * The header's quick search (layout.ftl; every page but the search page and the one-page
 * chapter): the best sections for what is typed, from the search page's engine (search.js,
 * loaded when the field first gets focus, so a page that is only read loads nothing more). A combobox with a listbox (WAI-ARIA): arrows choose, Enter opens, Escape
 * closes, "/" focuses the field. Without script the form opens the search page, as it does when
 * Enter is pressed with no result chosen. Results reach the page as text, never as HTML.
 */
(function () {
  'use strict';

  var SHOWN = 6;
  var form = document.querySelector('.kop-zoeken');
  if (!form || !window.Promise) return;
  var input = form.querySelector('input');
  var list = document.createElement('ul');
  var status = document.createElement('p');
  var find = null;
  var options = [];
  var active = -1;
  var sequence = 0;
  var timer;

  list.id = 'kop-resultaten';
  list.className = 'snel-resultaten';
  list.hidden = true;
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', form.querySelector('label').textContent);
  status.className = 'visueel-verborgen';
  status.setAttribute('role', 'status');
  form.appendChild(list);
  form.appendChild(status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-keyshortcuts', '/');

  /* A message from the form's data-<name>, with each {key} filled in. */
  function say(name, values) {
    return (form.getAttribute('data-' + name) || '').replace(/\{(\w+)\}/g, function (whole, key) {
      return values.hasOwnProperty(key) ? String(values[key]) : whole;
    });
  }

  /* The engine, loaded once: a script of the site itself, as the search page loads it. */
  function engine() {
    if (!find) {
      find = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = form.getAttribute('data-engine');
        s.onload = function () {
          if (window.dossierSearchEngine) resolve(window.dossierSearchEngine(form.getAttribute('data-index')));
          else reject(new Error('no engine'));
        };
        s.onerror = function () {
          find = null;
          reject(new Error('cannot load ' + s.src));
        };
        document.head.appendChild(s);
      });
    }
    return find;
  }

  function choose(i) {
    if (active >= 0) options[active].setAttribute('aria-selected', 'false');
    active = i;
    if (i < 0) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    options[i].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[i].id);
    if (options[i].scrollIntoView) options[i].scrollIntoView({ block: 'nearest' });
  }

  function close() {
    choose(-1);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  function option(text, detail, href) {
    var li = document.createElement('li');
    li.id = 'kop-resultaat-' + options.length;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.setAttribute('data-href', href);
    li.textContent = text;
    if (detail) {
      var small = document.createElement('span');
      small.textContent = detail;
      li.appendChild(small);
    }
    options.push(li);
    list.appendChild(li);
  }

  function show(q, hits) {
    list.textContent = '';
    options = [];
    active = -1;
    var root = form.getAttribute('data-root') || '';
    hits.forEach(function (h) {
      option((h.number ? h.number + ' ' : '') + h.heading, h.page, root + h.url);
    });
    option(say('all', { query: q }), '', form.action + '?q=' + encodeURIComponent(q));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
    status.textContent = hits.length ? say('count', { count: hits.length }) : say('none', { query: q });
  }

  function update() {
    var q = input.value;
    var mine = ++sequence;
    if (!q.trim()) {
      close();
      status.textContent = '';
      return;
    }
    engine().then(function (search) {
      return search(q, SHOWN);
    }).then(function (hits) {
      if (mine === sequence && document.activeElement === input) show(q, hits);
    }).catch(close);
  }

  function open(li) {
    window.location.href = li.getAttribute('data-href');
  }

  input.addEventListener('focus', function () {
    engine().catch(function () { /* the form still opens the search page */ });
    if (input.value.trim()) update();
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(update, 60);
  });
  input.addEventListener('keydown', function (e) {
    var n = options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!n) return;
      e.preventDefault();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      choose(e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n : active) - 1);
    } else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
      e.preventDefault();
      open(options[active]);
    } else if (e.key === 'Escape') {
      // An open list closes and the query stays (a search field would clear itself); else it clears.
      if (list.hidden) input.value = '';
      else e.preventDefault();
      close();
    }
  });
  form.addEventListener('focusout', function (e) {
    if (!form.contains(e.relatedTarget)) close();
  });
  // The field keeps focus while an option is clicked.
  list.addEventListener('mousedown', function (e) { e.preventDefault(); });
  list.addEventListener('click', function (e) {
    var li = e.target.closest('[role=option]');
    if (li) open(li);
  });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    e.preventDefault();
    input.focus();
    input.select();
  });
})();
