/*
 * Dossier search in the browser (docs/search.md). No framework, no fetch, no modules, no eval:
 * the exported index files in search/ are plain scripts that call dossierSearchFile(name, data),
 * so they load from disk (file://) as well as over http, under a strict Content-Security-Policy.
 *
 * The ranking repeats `dossier search` (nl.dossier.search.RankingModel): query words are
 * normalised as the Java side does, expanded through the site's vocabulary (exact word, completions
 * of the last word, one-typo neighbours), and scored by adding per word the best exported impact.
 * Everything from the index or the query reaches the page as text (textContent), never as HTML.
 */
(function () {
  'use strict';

  var WORD = /[\p{L}\p{N}\p{M}]+/gu;
  var WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var SHOWN = 10;

  var files = Object.create(null);
  /* Files loaded and query timings, read by the browser tests and bench/search.sh. */
  var stats = { start: performance.now(), files: [], queries: [] };
  window.dossierSearchStats = stats;

  var base = '';
  var pending = Object.create(null);

  /* The one global the index files call. A file the page itself loads (manifest.js, with
     `defer` in the search page, so it downloads alongside this script) is counted here. */
  window.dossierSearchFile = function (name, data) {
    if (!files[name] && !pending[name]) stats.files.push(name + '.js');
    files[name] = data;
  };

  function load(name) {
    if (files[name]) return Promise.resolve(files[name]);
    if (pending[name]) return pending[name];
    pending[name] = new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = base + name + '.js';
      s.async = true;
      s.onload = function () {
        stats.files.push(name + '.js');
        if (files[name]) resolve(files[name]);
        else reject(new Error('index file ' + name + ' did not register'));
      };
      s.onerror = function () {
        delete pending[name];
        reject(new Error('cannot load ' + s.src));
      };
      document.head.appendChild(s);
    });
    return pending[name];
  }

  var DIGIT = new Int8Array(128).fill(-1);
  for (var d = 0; d < ALPHABET.length; d++) DIGIT[ALPHABET.charCodeAt(d)] = d;

  function decode(s) {
    var out = [];
    var value = 0;
    var shift = 0;
    for (var i = 0; i < s.length; i++) {
      var v = DIGIT[s.charCodeAt(i) & 127];
      value += (v & 31) * Math.pow(2, shift);
      if (v < 32) {
        out.push(value);
        value = 0;
        shift = 0;
      } else {
        shift += 5;
      }
    }
    return out;
  }

  /* ---- the manifest and the word shards ---- */

  var manifest = null;
  var stop = null;
  var pageStarts = [];
  var shardKeys = [];   // non-exact keys
  var exactKeys = [];   // keys of shards holding only the word equal to the key

  function init(m) {
    manifest = m;
    stop = new Set(m.stop);
    var starts = decode(m.starts);
    var at = 0;
    pageStarts = starts.map(function (d) { at += d; return at; });
    m.shards.forEach(function (k) {
      if (k.charAt(k.length - 1) === '=') exactKeys.push(k.slice(0, -1));
      else shardKeys.push(k);
    });
  }

  function fileKey(key, exact) {
    var k = /^[a-z0-9]+$/.test(key) ? key
      : 'u' + Array.from(key).map(function (c) { return c.codePointAt(0).toString(16); }).join('.');
    return 'w-' + k + (exact ? '_' : '');
  }

  /* The shard that holds word w, if any. */
  function shardFor(w) {
    if (exactKeys.indexOf(w) >= 0) return fileKey(w, true);
    for (var n = w.length; n >= 2; n--) {
      var k = w.slice(0, n);
      if (shardKeys.indexOf(k) >= 0) return fileKey(k, false);
    }
    return null;
  }

  /* All shards that can hold words starting with p. */
  function shardsForPrefix(p) {
    for (var n = p.length; n >= 2; n--) {
      if (shardKeys.indexOf(p.slice(0, n)) >= 0) return [fileKey(p.slice(0, n), false)];
    }
    var out = [];
    shardKeys.forEach(function (k) { if (k.indexOf(p) === 0) out.push(fileKey(k, false)); });
    exactKeys.forEach(function (k) { if (k.indexOf(p) === 0) out.push(fileKey(k, true)); });
    return out;
  }

  var vocab = Object.create(null);     // surface -> {df, stem}
  var postings = Object.create(null);  // stem -> encoded postings
  var decoded = Object.create(null);   // stem -> [doc, impact, doc, impact, ...]
  var indexed = Object.create(null);   // shard names merged into vocab

  function useShards(names) {
    return Promise.all(names.map(load)).then(function () {
      names.forEach(function (name) {
        if (indexed[name]) return;
        indexed[name] = true;
        var d = files[name];
        d.w.forEach(function (e) { vocab[e[0]] = { df: e[1], stem: d.t[e[2]] }; });
        d.t.forEach(function (t, i) { postings[t] = d.p[i]; });
      });
    });
  }

  /* The shards a query will need first (its words' own shards, the last word's prefix shards),
     requested at once and all in parallel, while the user is still typing. */
  function prefetch(q) {
    if (!manifest) return;
    var words = queryWords(q);
    var prefix = lastWordIsPrefix(q);
    words.forEach(function (w, i) {
      var names = [];
      var own = shardFor(w);
      if (own) names.push(own);
      if (prefix && i === words.length - 1) names = names.concat(shardsForPrefix(w));
      names.forEach(function (n) { load(n).catch(function () { /* reported by the search itself */ }); });
    });
  }

  function postingsOf(stem) {
    if (!decoded[stem]) {
      var raw = decode(postings[stem] || '');
      var doc = 0;
      for (var i = 0; i < raw.length; i += 2) {
        doc += raw[i];
        raw[i] = doc;
      }
      decoded[stem] = raw;
    }
    return decoded[stem];
  }

  /* ---- query words, as DutchAnalysis.queryWords and QueryExpander do ---- */

  function isCapitals(raw) {
    return raw.length >= 2 && !/\p{Lowercase}/u.test(raw);
  }

  function fold(s) {
    return s.normalize('NFD').replace(/\p{M}+/gu, '');
  }

  function queryWords(q) {
    var out = [];
    var m = q.match(WORD) || [];
    m.forEach(function (raw) {
      if (stop.has(raw.toLowerCase()) && !isCapitals(raw)) return;
      var w = fold(raw.toLowerCase());
      if (w.length >= manifest.minWord && w.length <= manifest.maxWord) out.push(w);
    });
    return out;
  }

  function lastWordIsPrefix(q) {
    if (!q) return false;
    var chars = Array.from(q);
    return WORD_CHAR.test(chars[chars.length - 1]);
  }

  function withinOneEdit(a, b) {
    if (a === b) return true;
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) === b.charAt(i)) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return i + 1 < la && a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i)
        && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
  }

  function withPrefix(p) {
    var out = [];
    Object.keys(vocab).forEach(function (s) { if (s.indexOf(p) === 0) out.push(s); });
    return out;
  }

  function expand(word, prefix) {
    var needed = [];
    var own = shardFor(word);
    if (own) needed.push(own);
    if (prefix) needed = needed.concat(shardsForPrefix(word));
    return useShards(needed).then(function () {
      var stems = new Map();
      var surfaces = [];
      function add(surface, factor) {
        surfaces.push(surface);
        var stem = vocab[surface].stem;
        stems.set(stem, Math.max(stems.get(stem) || 0, factor));
      }
      var exact = !!vocab[word];
      if (exact) add(word, manifest.exact);
      var completed = false;
      if (prefix) {
        var c = withPrefix(word).filter(function (s) { return s !== word; });
        c.sort(function (a, b) {
          return vocab[b].df - vocab[a].df || (a < b ? -1 : a > b ? 1 : 0);
        });
        c.slice(0, manifest.maxPrefix).forEach(function (s) { add(s, manifest.prefix); completed = true; });
      }
      if (exact || completed || word.length < manifest.fuzzyMin) return { word: word, stems: stems, surfaces: surfaces };
      var start = word.slice(0, manifest.fuzzyPrefix);
      return useShards(shardsForPrefix(start)).then(function () {
        withPrefix(start).sort().forEach(function (s) {
          if (withinOneEdit(word, s)) add(s, manifest.fuzzy);
        });
        return { word: word, stems: stems, surfaces: surfaces };
      });
    });
  }

  function pageOf(doc) {
    var lo = 0, hi = pageStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (pageStarts[mid] <= doc) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* Scores, top sections, grouping: SearchEngine.search. */
  function rank(words) {
    var scores = new Map();
    words.forEach(function (w) {
      var best = new Map();
      w.stems.forEach(function (factor, stem) {
        var p = postingsOf(stem);
        for (var i = 0; i < p.length; i += 2) {
          var s = factor * p[i + 1] / manifest.scale;
          if (s > (best.get(p[i]) || 0)) best.set(p[i], s);
        }
      });
      best.forEach(function (s, doc) { scores.set(doc, (scores.get(doc) || 0) + s); });
    });
    var hits = [];
    scores.forEach(function (s, doc) { hits.push({ doc: doc, score: s }); });
    function order(a, b) { return b.score - a.score || a.doc - b.doc; }
    hits.sort(order);
    var total = hits.length;
    var groups = new Map();
    hits.slice(0, manifest.top).forEach(function (h) {
      h.page = pageOf(h.doc);
      if (!groups.has(h.page)) groups.set(h.page, []);
      groups.get(h.page).push(h);
    });
    var list = Array.from(groups.values());
    list.forEach(function (g) { g.sort(order); });
    list.sort(function (a, b) { return order(a[0], b[0]); });
    return { groups: list, total: total };
  }

  function search(q) {
    var words = queryWords(q);
    var prefix = lastWordIsPrefix(q);
    return Promise.all(words.map(function (w, i) { return expand(w, prefix && i === words.length - 1); }))
      .then(function (expanded) {
        var r = rank(expanded);
        r.words = expanded;
        return r;
      });
  }

  /* ---- showing results ---- */

  function highlighter(words) {
    var surfaces = new Set();
    var stems = [];
    words.forEach(function (w) {
      w.surfaces.forEach(function (s) { surfaces.add(s); });
      w.stems.forEach(function (f, stem) { if (stem.length >= manifest.minPart) stems.push(stem); });
    });
    return function (token) {
      var t = fold(token.toLowerCase());
      if (surfaces.has(t)) return true;
      for (var i = 0; i < stems.length; i++) if (t.indexOf(stems[i]) >= 0) return true;
      return false;
    };
  }

  /* Appends the text around the best matches to el, the matches in <mark>. */
  function snippet(el, text, isMatch) {
    var spans = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (isMatch(m[0])) spans.push([m.index, m.index + m[0].length]);
    }
    var LENGTH = 220;
    var start = 0;
    if (text.length > LENGTH && spans.length) {
      var bestCount = -1;
      spans.forEach(function (s) {
        var from = Math.max(0, s[0] - 40);
        var count = spans.filter(function (x) { return x[0] >= from && x[1] <= from + LENGTH; }).length;
        if (count > bestCount) { bestCount = count; start = from; }
      });
    }
    var end = Math.min(text.length, start + LENGTH);
    if (start > 0) {
      var sp = text.indexOf(' ', start);
      if (sp >= 0 && sp < end) start = sp + 1;
    }
    if (end < text.length) {
      var sp2 = text.lastIndexOf(' ', end);
      if (sp2 > start) end = sp2;
    }
    var at = start;
    if (start > 0) el.appendChild(document.createTextNode('…'));
    spans.forEach(function (s) {
      if (s[0] < at || s[1] > end) return;
      el.appendChild(document.createTextNode(text.slice(at, s[0])));
      var mark = document.createElement('mark');
      mark.textContent = text.slice(s[0], s[1]);
      el.appendChild(mark);
      at = s[1];
    });
    el.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? '…' : '')));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var ui = {};
  var sequence = 0;
  var lastQuery = null;
  var shownCount = SHOWN;

  function render(q, r, shown) {
    var flat = [];
    r.groups.forEach(function (g) { g.forEach(function (h) { flat.push(h); }); });
    var visible = flat.slice(0, shown);
    var pages = [];
    visible.forEach(function (h) { if (pages.indexOf(h.page) < 0) pages.push(h.page); });
    return Promise.all(pages.map(function (p) { return load('p-' + p); })).then(function () {
      var isMatch = highlighter(r.words);
      var list = el('ol', 'zoek-paginas');
      var current = null;
      var sections = null;
      visible.forEach(function (h) {
        var page = files['p-' + h.page];
        if (h.page !== current) {
          current = h.page;
          var item = el('li', 'zoek-pagina');
          var title = el('h2', 'zoek-paginatitel');
          var link = el('a', null, page.t);
          link.href = ui.root + page.u;
          title.appendChild(link);
          item.appendChild(title);
          sections = el('ol', 'zoek-secties');
          item.appendChild(sections);
          list.appendChild(item);
        }
        var s = page.s[h.doc - pageStarts[h.page]];
        var li = el('li', 'zoek-sectie');
        var a = el('a', 'zoek-link');
        a.href = ui.root + page.u + '#' + s[0];
        a.setAttribute('data-result', '');
        a.setAttribute('data-score', h.score.toFixed(3));
        if (s[2]) a.appendChild(el('span', 'nummer', s[2] + ' '));
        a.appendChild(document.createTextNode(s[1]));
        li.appendChild(a);
        var p = el('p', 'zoek-fragment');
        snippet(p, s[3], isMatch);
        li.appendChild(p);
        sections.appendChild(li);
      });
      ui.results.textContent = '';
      if (visible.length) ui.results.appendChild(list);
      ui.more.hidden = flat.length <= shown;
      var n = r.total;
      ui.status.textContent = n === 0 ? 'Geen resultaten voor ‘' + q + '’.'
        : (n === 1 ? '1 resultaat' : n + ' resultaten') + ' voor ‘' + q + '’'
          + (flat.length < n ? ', de beste ' + flat.length + ' op ' + r.groups.length + ' pagina’s.' : ' op ' + r.groups.length + (r.groups.length === 1 ? ' pagina.' : ' pagina’s.'));
    });
  }

  function run(q, shown) {
    var mine = ++sequence;
    var t0 = performance.now();
    lastQuery = q;
    if (!q.trim()) {
      ui.results.textContent = '';
      ui.status.textContent = '';
      ui.more.hidden = true;
      return Promise.resolve();
    }
    return search(q).then(function (r) {
      if (mine !== sequence) return null;
      return render(q, r, shown).then(function () {
        if (mine !== sequence) return;
        var t1 = performance.now();
        stats.queries.push({ query: q, ms: t1 - t0, at: t1, files: stats.files.length });
        ui.results.setAttribute('data-query', q);
      });
    }).catch(function (e) {
      if (mine !== sequence) return;
      ui.status.textContent = 'Zoeken lukt nu niet: ' + e.message;
    });
  }

  function setUrl(q) {
    try {
      var url = new URL(window.location.href);
      if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.toString());
    } catch (e) {
      // Some browsers refuse history changes on file:// pages; the search works all the same.
    }
  }

  function links() {
    return Array.prototype.slice.call(ui.results.querySelectorAll('a'));
  }

  function onKey(e) {
    var all = links();
    if (!all.length) return;
    var i = all.indexOf(document.activeElement);
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      all[Math.min(all.length - 1, i + 1)].focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i <= 0) ui.input.focus(); else all[i - 1].focus();
    }
  }

  function start() {
    var root = document.getElementById('zoeken');
    if (!root) return;
    ui.root = root.getAttribute('data-root') || '';
    base = root.getAttribute('data-index') || 'search/';
    ui.input = document.getElementById('zoekterm');
    ui.form = document.getElementById('zoekformulier');
    ui.status = document.getElementById('zoek-status');
    ui.results = document.getElementById('search-results');
    ui.more = document.getElementById('meer-resultaten');
    var q = new URLSearchParams(window.location.search).get('q') || '';
    ui.input.value = q;
    var timer = null;
    ui.input.addEventListener('input', function () {
      prefetch(ui.input.value);
      clearTimeout(timer);
      timer = setTimeout(function () {
        shownCount = SHOWN;
        setUrl(ui.input.value);
        run(ui.input.value, shownCount);
      }, 60);
    });
    ui.input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') {
        ui.input.value = '';
        setUrl('');
        run('', SHOWN);
      } else {
        onKey(e);
      }
    });
    ui.results.addEventListener('keydown', onKey);
    ui.form.addEventListener('submit', function (e) {
      e.preventDefault();
      clearTimeout(timer);
      shownCount = SHOWN;
      setUrl(ui.input.value);
      run(ui.input.value, shownCount);
    });
    ui.more.addEventListener('click', function () {
      var focusAt = links().filter(function (a) { return a.hasAttribute('data-result'); }).length;
      shownCount += SHOWN;
      run(lastQuery || '', shownCount).then(function () {
        var results = links().filter(function (a) { return a.hasAttribute('data-result'); });
        if (results[focusAt]) results[focusAt].focus();
      });
    });
    load('manifest').then(function (m) {
      init(m);
      if (q) run(q, shownCount);
    }).catch(function (e) {
      ui.status.textContent = 'De zoekindex kan niet worden geladen: ' + e.message;
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
