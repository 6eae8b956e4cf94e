// Live reload for `dossier serve` (never part of the built site). The server adds
// <script src="/__dossier/livereload.js" data-version="N"> to every page it serves; N is the
// version of the site the page belongs to. The server sends the current version over
// Server-Sent Events when the connection opens and after every rebuild that changed something
// (including a new error or a fixed one); a different version reloads the page.
(function () {
  'use strict';
  var script = document.currentScript;
  var version = script ? script.getAttribute('data-version') : null;
  if (!window.EventSource) return;
  var events = new EventSource('/__dossier/events');
  events.addEventListener('open', function () {
    document.documentElement.setAttribute('data-dossier-live', 'connected');
  });
  events.addEventListener('version', function (e) {
    var state;
    try {
      state = JSON.parse(e.data);
    } catch (err) {
      return;
    }
    if (state.problems && state.problems.length && window.console) {
      console.warn('dossier serve: ' + state.problems.join('\n'));
    }
    if (version !== null && String(state.version) !== version) {
      events.close();
      window.location.reload();
    }
  });
}());
