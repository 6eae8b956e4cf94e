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
  stats.stem = function (w) { return dutchStem(w); };  // for the test that compares it with Lucene's

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

  /* ---- the manifest, the word shards and the text chunks ---- */

  var manifest = null;
  var stop = null;
  var filler = null;
  var pageStarts = [];
  var chunkStarts = [];  // first page of each text chunk s-N.js
  var shardKeys = [];    // lowest key of each shard w-N.js; the shards cover the words in order

  function cumulative(s) {
    var at = 0;
    return decode(s).map(function (d) { at += d; return at; });
  }

  function init(m) {
    manifest = m;
    stop = new Set(m.stop);
    filler = new Set(m.filler);
    pageStarts = cumulative(m.starts);
    chunkStarts = cumulative(m.chunks);
    shardKeys = m.shards;
    scores = new Float64Array(m.docs);
    best = new Float64Array(m.docs);
    touched = new Int32Array(m.docs);
    wordTouched = new Int32Array(m.docs);
    covered = new Float64Array(m.docs);
    settled = new Int32Array(m.docs);
  }

  /* The index of the last element of a sorted array that is not above v (0 when none is). */
  function lastAtMost(sorted, v) {
    var lo = 0, hi = sorted.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (sorted[mid] <= v) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* The number of the shard whose range holds w: the last whose key is not above it. */
  function shardIndex(w) {
    return lastAtMost(shardKeys, w);
  }

  /* The shard that holds word w, if any. */
  function shardFor(w) {
    return shardKeys.length ? 'w-' + shardIndex(w) : null;
  }

  /* All shards that can hold words starting with p: from p's own to the last key below p + U+FFFF. */
  function shardsForPrefix(p) {
    if (!shardKeys.length) return [];
    var out = [];
    var end = p + '\uffff';
    for (var i = shardIndex(p); i < shardKeys.length && (out.length === 0 || shardKeys[i] < end); i++) out.push('w-' + i);
    return out;
  }

  var vocab = Object.create(null);     // surface -> {df, stem}
  var postings = Object.create(null);  // stem -> encoded postings (of a cut stem: its head)
  var tails = Object.create(null);     // stem -> {file, bound, count, p: encoded tail once loaded} of a cut stem
  var decoded = Object.create(null);   // stem -> Int32Array [doc, impact, doc, impact, ...]
  var showcase = Object.create(null);  // stem -> Map(doc -> excerpt): the sections its shard can show
  var families = Object.create(null);  // first two letters -> every word of a family split over shards
  var cards = Object.create(null);     // doc -> {page, a: anchor, h: heading, n: number}
  var texts = Object.create(null);     // doc -> full text (from a text chunk)
  var pageInfo = Object.create(null);  // page -> {u: address, t: title}
  var ingested = Object.create(null);

  function ingestShard(d) {
    d.w.forEach(function (e) { vocab[e[0]] = { df: e[1], stem: d.t[e[2]] }; });
    d.t.forEach(function (t, i) {
      postings[t] = d.p[i];
      var r = d.r[i];
      if (r && !tails[t]) tails[t] = { file: 'r-' + r[0], bound: r[1], count: r[2], p: null };
      var m = new Map();
      var raw = decode(d.d[i]);
      var doc = 0;
      for (var j = 0; j < raw.length; j += 2) {
        doc += raw[j];
        m.set(doc, d.x[raw[j + 1]]);
      }
      showcase[t] = m;
    });
    d.g.forEach(function (g) { pageInfo[g[0]] = { u: g[1], t: g[2] }; });
    d.c.forEach(function (c) {
      if (!cards[c[0]]) cards[c[0]] = { page: d.g[c[1]][0], a: c[2], h: c[3], n: c[4] };
    });
    d.f.forEach(function (w) {
      var start = w.slice(0, manifest.fuzzyPrefix);
      if (!families[start]) families[start] = new Set();
      families[start].add(w);
    });
  }

  function ingestTail(d) {
    tails[d.t].p = d.p;
    delete decoded[d.t];
  }

  function ingestChunk(n, d) {
    d.g.forEach(function (g, i) {
      var page = chunkStarts[n] + i;
      pageInfo[page] = { u: g[0], t: g[1] };
      g[2].forEach(function (s, j) {
        var doc = pageStarts[page] + j;
        cards[doc] = { page: page, a: s[0], h: s[1], n: s[2] };
        texts[doc] = s[3];
      });
    });
  }

  /* The files of one step (1: the words' shards, 2: typo candidates' shards, 3: text chunks,
     4: tails of postings, 5: shards of the parts of a compound),
     requested together; the steps that had to wait for a file are counted per query for the
     benchmark (the words of a query take step 1 in parallel, so it is one round). */
  var rounds = new Set();

  function use(names, step) {
    if (names.some(function (n) { return !files[n]; })) rounds.add(step);
    return Promise.all(names.map(load)).then(function () {
      names.forEach(function (name) {
        if (ingested[name]) return;
        ingested[name] = true;
        if (name.charAt(0) === 'w') ingestShard(files[name]);
        else if (name.charAt(0) === 'r') ingestTail(files[name]);
        else ingestChunk(+name.slice(2), files[name]);
      });
    });
  }

  /* The shards a word needs in the first round: its own, and for the last word those of its completions. */
  function firstShards(w, prefix) {
    return prefix ? shardsForPrefix(w) : [shardFor(w)];
  }

  /* The shards a query will need first, requested at once and all in parallel, while the user
     is still typing. */
  function prefetch(q) {
    if (!manifest) return;
    var parsed = parseQuery(q);
    var words = parsed.words;
    var prefix = lastWordIsPrefix(q) && parsed.endsWithLast;
    words.forEach(function (w, i) {
      firstShards(w, prefix && i === words.length - 1).forEach(function (n) {
        load(n).catch(function () { /* reported by the search itself */ });
      });
    });
  }

  /* [doc, impact, doc, impact, ...]: the head, and the tail once loaded (each delta-coded on its own). */
  function postingsOf(stem) {
    if (!decoded[stem]) {
      var head = decode(postings[stem] || '');
      var tail = tails[stem] && tails[stem].p !== null ? decode(tails[stem].p) : [];
      var raw = new Int32Array(head.length + tail.length);
      [head, tail].forEach(function (part, k) {
        var at = k === 0 ? 0 : head.length;
        var doc = 0;
        for (var i = 0; i < part.length; i += 2) {
          doc += part[i];
          raw[at + i] = doc;
          raw[at + i + 1] = part[i + 1];
        }
      });
      decoded[stem] = raw;
    }
    return decoded[stem];
  }

  /* A stem whose tail is not loaded: a section its head does not name may still have it. */
  function isCut(stem) {
    return !!tails[stem] && tails[stem].p === null;
  }

  /* ---- query words, as DutchAnalysis.queryWords and QueryExpander do ---- */

  function isCapitals(raw) {
    return raw.length >= 2 && !/\p{Lowercase}/u.test(raw);
  }

  function fold(s) {
    return s.normalize('NFD').replace(/\p{M}+/gu, '');
  }

  /* The query's words without filler words (unless in capitals, or all are filler), and whether
     the last of them is the query's last word (DutchAnalysis.query). */
  function parseQuery(q) {
    var all = [];
    var kept = [];
    var lastKept = false;
    var m = q.match(WORD) || [];
    m.forEach(function (raw) {
      if (stop.has(raw.toLowerCase()) && !isCapitals(raw)) return;
      var w = fold(raw.toLowerCase());
      if (w.length < manifest.minWord || w.length > manifest.maxWord) return;
      all.push(w);
      lastKept = !filler.has(w) || isCapitals(raw);
      if (lastKept) kept.push(w);
    });
    return kept.length ? { words: kept, endsWithLast: lastKept } : { words: all, endsWithLast: true };
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
    for (var s in vocab) if (s.indexOf(p) === 0) out.push(s);
    return out;
  }

  /* Words one edit from word that share its first letters. Their family is in word's own shard
     (already loaded), or spread over shards that list the whole family, so only the candidates'
     shards are needed (usually loaded too), or, for a family too large to list, loaded whole. */
  function typoCandidates(word) {
    var start = word.slice(0, manifest.fuzzyPrefix);
    var family = shardsForPrefix(start);
    var listed = families[start];
    if (family.length > 1 && listed) {
      var found = [];
      listed.forEach(function (s) { if (withinOneEdit(word, s)) found.push(s); });
      var names = [];
      found.forEach(function (s) { var n = shardFor(s); if (names.indexOf(n) < 0) names.push(n); });
      return use(names, 2).then(function () { return found; });
    }
    return use(family, 2).then(function () {
      return withPrefix(start).filter(function (s) { return withinOneEdit(word, s); });
    });
  }

  function expand(word, prefix) {
    return use(firstShards(word, prefix), 1).then(function () {
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
      var result = { word: word, stems: stems, surfaces: surfaces, query: word };
      if (exact || completed || word.length < manifest.fuzzyMin) return result;
      return typoCandidates(word).then(function (found) {
        found.sort().forEach(function (s) { add(s, manifest.fuzzy); });
        return result;
      });
    });
  }

  /* Snowball's Dutch stemmer (the one DutchAnalysis uses), for the words nothing else found:
     a compound's parts are matched by their stems (QueryExpander.split). Input is folded lower case. */
  function dutchStem(word) {
    var w = word.split('');
    var n = w.length;
    function isV(ch) { return 'aeiouyè'.indexOf(ch) >= 0; }
    if (n && w[0] === 'y') w[0] = 'Y';
    for (var c = 0; ;) {
      var hit = false;
      for (var i = c; i + 1 < n; i++) {
        if (!isV(w[i])) continue;
        if (w[i + 1] === 'i' && i + 2 < n && isV(w[i + 2])) { w[i + 1] = 'I'; c = i + 2; hit = true; break; }
        if (w[i + 1] === 'y') { w[i + 1] = 'Y'; c = i + 2; hit = true; break; }
      }
      if (!hit) break;
    }
    var p1 = n, p2 = n;
    if (n >= 3) {
      var regions = [];
      var k = 0;
      for (var r = 0; r < 2; r++) {
        while (k < n && !isV(w[k])) k++;
        while (k < n && isV(w[k])) k++;
        if (k >= n) break;
        k++;
        regions.push(k);
      }
      // gopast v gopast non-v: past the first vowel, then past the first non-vowel after it
      if (regions.length > 0) p1 = Math.max(regions[0], 3);
      if (regions.length > 1) p2 = regions[1];
    }
    var s = w.join('');
    function ends(x) { return s.length >= x.length && s.slice(s.length - x.length) === x; }
    function before(x) { return s.charAt(s.length - x.length - 1); }
    function undouble() { if (ends('kk') || ends('dd') || ends('tt')) s = s.slice(0, -1); }
    function nonV(ch) { return ch !== '' && !isV(ch); }
    function enEnding(len) {
      var at = s.length - len;
      if (at < p1 || !nonV(s.charAt(at - 1)) || s.slice(0, at).slice(-3) === 'gem') return false;
      s = s.slice(0, at);
      undouble();
      return true;
    }
    var eFound = false;
    function eEnding() {
      eFound = false;
      if (!ends('e') || s.length - 1 < p1 || !nonV(before('e'))) return;
      s = s.slice(0, -1);
      eFound = true;
      undouble();
    }
    if (ends('heden')) { if (s.length - 5 >= p1) s = s.slice(0, -5) + 'heid'; }
    else if (ends('ene')) enEnding(3);
    else if (ends('en')) enEnding(2);
    else if (ends('se') || ends('s')) {
      var len = ends('se') ? 2 : 1;
      var ch = s.charAt(s.length - len - 1);
      if (s.length - len >= p1 && nonV(ch) && ch !== 'j') s = s.slice(0, -len);
    }
    eEnding();
    if (ends('heid') && s.length - 4 >= p2 && before('heid') !== 'c') {
      s = s.slice(0, -4);
      if (ends('en')) enEnding(2);
    }
    if (ends('end') || ends('ing')) {
      if (s.length - 3 >= p2) {
        s = s.slice(0, -3);
        if (ends('ig') && s.length - 2 >= p2 && before('ig') !== 'e') s = s.slice(0, -2);
        else undouble();
      }
    } else if (ends('ig')) {
      if (s.length - 2 >= p2 && before('ig') !== 'e') s = s.slice(0, -2);
    } else if (ends('lijk')) {
      if (s.length - 4 >= p2) { s = s.slice(0, -4); eEnding(); }
    } else if (ends('baar')) {
      if (s.length - 4 >= p2) s = s.slice(0, -4);
    } else if (ends('bar')) {
      if (s.length - 3 >= p2 && eFound) s = s.slice(0, -3);
    }
    var m = s.length;
    if (m >= 4 && nonV(s.charAt(m - 1)) && s.charAt(m - 1) !== 'I' && /^(aa|ee|oo|uu)$/.test(s.slice(m - 3, m - 1))
        && nonV(s.charAt(m - 4))) s = s.slice(0, m - 2) + s.charAt(m - 1);
    return s.replace(/Y/g, 'y').replace(/I/g, 'i');
  }

  /* The prefixes the site's words with this stem start with (QueryExpander.stemPrefixes). */
  function stemPrefixes(stem) {
    var m = stem.length;
    var v = 'aeiouy';
    if (m >= 3 && 'aeou'.indexOf(stem.charAt(m - 2)) >= 0 && v.indexOf(stem.charAt(m - 1)) < 0
        && v.indexOf(stem.charAt(m - 3)) < 0) return [stem, stem.slice(0, m - 1) + stem.slice(m - 2)];
    return [stem];
  }

  /* Where the next part may start after a part that ends at j: at once, or after s, e or en. */
  function linkedStarts(word, j) {
    var n = word.length;
    if (j === n) return [n];
    var c = word.charAt(j);
    if (c === 's') return [j, j + 1];
    if (c === 'e') return word.slice(j, j + 2) === 'en' && j + 2 < n ? [j, j + 1, j + 2] : [j, j + 1];
    return [j];
  }

  /* The shards that tell whether a part is known: its own, and those of its stem's prefixes. */
  function partShards(part, names) {
    if (part.length < manifest.minStemPart) {
      if (names.indexOf(shardFor(part)) < 0) names.push(shardFor(part));
      return;
    }
    [shardFor(part)].concat.apply([], stemPrefixes(dutchStem(part)).map(function (p) { return shardsForPrefix(p); })).forEach(function (f) {
      if (names.indexOf(f) < 0) names.push(f);
    });
  }

  /* A part the site knows, on the loaded shards (QueryExpander.part): the word itself (exact), or
     from minStemPart letters the site's words with its stem that start with that stem. Null when neither. */
  function knownPart(part, memo) {
    if (part in memo) return memo[part];
    var e = null;
    if (vocab[part]) {
      var stems = new Map();
      stems.set(vocab[part].stem, manifest.exact);
      e = { word: part, stems: stems, surfaces: [part], query: part };
    } else if (part.length >= manifest.minStemPart) {
      var stem = dutchStem(part);
      var found = [];
      stemPrefixes(stem).forEach(function (p) {
        withPrefix(p).forEach(function (s) { if (vocab[s].stem === stem && found.indexOf(s) < 0) found.push(s); });
      });
      if (found.length) {
        var st = new Map();
        st.set(stem, manifest.exact);
        e = { word: part, stems: st, surfaces: found.sort(), query: part };
      }
    }
    memo[part] = e;
    return e;
  }

  /* A word that found nothing, as a compound of parts the site knows by word or by stem, with
     linking s, e or en between them (QueryExpander.split): the fewest parts, then the longest
     first part, then the shortest link. The shards are loaded part by part from the word's start
     (step 5): the parts the word starts with, then whether a rest after them is known, and only
     if none is, the parts those rests start with; then the split is chosen as in Java on what is
     loaded, which holds every part of every split with the fewest parts. Resolves to the
     parts' expansions, or []. */
  function split(word) {
    var min = manifest.minPart;
    var n = word.length;
    if (n < 2 * min || !shardKeys.length) return Promise.resolve([]);
    var memo = Object.create(null);
    var seen = new Set([0]);
    /* The starts reached with the same number of parts: first whether one of them ends the word
       with one more part (only the rests' shards); if not, the shards of every part they start. */
    function finish(starts) {
      var names = [];
      starts.forEach(function (i) { partShards(word.slice(i), names); });
      return use(names, 5).then(function () {
        memo = Object.create(null);
        return starts.some(function (i) { return !!knownPart(word.slice(i), memo); }) ? null : layer(starts);
      });
    }
    function layer(starts) {
      var names = [];
      starts.forEach(function (i) {
        for (var j = i + min; j < n; j++) partShards(word.slice(i, j), names);
      });
      return use(names, 5).then(function () {
        memo = Object.create(null);
        var next = [];
        starts.forEach(function (i) {
          for (var j = i + min; j < n; j++) {
            if (!knownPart(word.slice(i, j), memo)) continue;
            linkedStarts(word, j).forEach(function (k) {
              if (k <= n - min && !seen.has(k)) { seen.add(k); next.push(k); }
            });
          }
        });
        return next.length ? finish(next) : null;
      });
    }
    return layer([0]).then(function () {
      memo = Object.create(null);
      var inf = Infinity;
      var dist = new Array(n + 1).fill(inf);
      dist[n] = 0;
      for (var i = n - min; i >= 0; i--) {
        for (var j = i + min; j <= n; j++) {
          if (i === 0 && j === n) continue;
          linkedStarts(word, j).forEach(function (k) {
            if (dist[k] === inf || dist[k] + 1 >= dist[i]) return;
            if (knownPart(word.slice(i, j), memo)) dist[i] = dist[k] + 1;
          });
        }
      }
      if (dist[0] === inf) return [];
      var out = [];
      for (var at = 0; at < n; ) {
        var moved = false;
        for (var jj = n; jj >= at + min && !moved; jj--) {
          if (at === 0 && jj === n) continue;
          var ls = linkedStarts(word, jj);
          for (var x = 0; x < ls.length; x++) {
            if (dist[ls[x]] !== dist[at] - 1) continue;
            var e = knownPart(word.slice(at, jj), memo);
            if (!e) continue;
            out.push({ word: e.word, stems: e.stems, surfaces: e.surfaces.slice(), query: word });
            at = ls[x];
            moved = true;
            break;
          }
        }
        if (!moved) return [];
      }
      return out;
    });
  }

  /* Last resort (QueryExpander.inflected): the most frequent site words that end differently in
     the word's last two letters, with one to four letters instead, at the typo factor. */
  function inflected(e) {
    var word = e.word;
    if (word.length < manifest.inflectedMin) return Promise.resolve(e);
    var p = word.slice(0, word.length - 2);
    return use(shardsForPrefix(p), 5).then(function () {
      var c = withPrefix(p).filter(function (s) { return s.length >= word.length - 1 && s.length <= word.length + 2; });
      c.sort(function (a, b) {
        return vocab[b].df - vocab[a].df || (a < b ? -1 : a > b ? 1 : 0);
      });
      c.slice(0, manifest.maxPrefix).forEach(function (s) {
        e.surfaces.push(s);
        var stem = vocab[s].stem;
        e.stems.set(stem, Math.max(e.stems.get(stem) || 0, manifest.fuzzy));
      });
      return e;
    });
  }

  /* The word's expansion, or, when it found nothing, those of its parts, or its other forms (QueryExpander.expand). */
  function expandOrSplit(word, prefix) {
    return expand(word, prefix).then(function (e) {
      if (e.stems.size) return [e];
      return split(word).then(function (parts) {
        return parts.length ? parts : inflected(e).then(function (x) { return [x]; });
      });
    });
  }

  function pageOf(doc) {
    return lastAtMost(pageStarts, doc);
  }

  function chunkOf(page) {
    var lo = 0, hi = chunkStarts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (chunkStarts[mid] <= page) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /* Score arrays over all sections, allocated once (init) and cleared after each query through
     the lists of sections touched, so ranking allocates next to nothing per query. */
  var scores, best, touched, wordTouched;
  /* For queries ranked on heads (docs/search.md, "Heads and tails"): per section, the part of the
     words' bounds its known scores reach (covered), and the number of words whose score for it
     is certain (settled). */
  var covered, settled;

  /* Scores, top sections, grouping: SearchEngine.search. On the heads of cut stems the result is
     `certain` only when no posting in a tail could change the best sections or their scores. */
  function rank(words) {
    var nTouched = 0;
    var scale = manifest.scale;
    var cover = manifest.cover;
    var docs = manifest.docs;
    var cut = [];
    var open = 0;      // the most a section can gain from the tails, over all words
    var unsettled = 0; // words that have a cut stem
    // A compound split into parts is one concept of the query: its parts share its cover.
    var parts = new Map();
    words.forEach(function (w) { parts.set(w.query, (parts.get(w.query) || 0) + 1); });
    words.forEach(function (w) {
      var share = Math.fround(1 / parts.get(w.query));
      var nWord = 0;
      var bound = 0;   // the most a section gains from this word through its stems' tails
      w.stems.forEach(function (factor, stem) {
        var p = postingsOf(stem);
        // What covering this stem is worth (RankingModel.coverWeight): its number of sections
        // is its postings', or for a stem with a tail, the count the shard gives.
        var df = tails[stem] ? tails[stem].count : p.length / 2;
        var c = cover * share * Math.fround(Math.log(1 + docs / Math.max(1, df)) / Math.log(1 + docs));
        if (isCut(stem)) {
          cut.push(stem);
          bound = Math.max(bound, factor * (c + tails[stem].bound / scale));
        }
        for (var i = 0; i < p.length; i += 2) {
          var doc = p[i];
          var s = factor * (c + p[i + 1] / scale);
          if (best[doc] === 0) wordTouched[nWord++] = doc;
          if (s > best[doc]) best[doc] = s;
        }
      });
      if (bound > 0) {
        open += bound;
        unsettled++;
      }
      for (var j = 0; j < nWord; j++) {
        var d = wordTouched[j];
        if (scores[d] === 0) touched[nTouched++] = d;
        scores[d] += best[d];
        if (bound > 0) {
          covered[d] += Math.min(bound, best[d]);
          // Its known score reaches the bound: nothing in the tails can raise this word's maximum.
          if (best[d] >= bound) settled[d]++;
        }
        best[d] = 0;
      }
    });
    // The best `top` sections, kept sorted while scanning (score descending, then index order).
    var top = [];
    var limit = manifest.top;
    for (var k = 0; k < nTouched; k++) {
      var doc = touched[k];
      var s = scores[doc];
      var n = top.length;
      if (n === limit && !before(s, doc, top[n - 1])) continue;
      var at = n === limit ? n - 1 : n;
      while (at > 0 && before(s, doc, top[at - 1])) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = { doc: doc, score: s };
    }
    var certain = unsettled === 0 || isDecided(top, limit, nTouched, open, unsettled);
    for (var z = 0; z < nTouched; z++) {
      scores[touched[z]] = 0;
      covered[touched[z]] = 0;
      settled[touched[z]] = 0;
    }
    function order(a, b) { return b.score - a.score || a.doc - b.doc; }
    var groups = new Map();
    top.forEach(function (h) {
      h.page = pageOf(h.doc);
      if (!groups.has(h.page)) groups.set(h.page, []);
      groups.get(h.page).push(h);
    });
    var list = Array.from(groups.values());
    list.forEach(function (g) { g.sort(order); });
    list.sort(function (a, b) { return order(a[0], b[0]); });
    // With tails unread the number of matches is known only for one stem; else at least this many.
    var total = nTouched;
    var atLeast = false;
    cut.forEach(function (stem) { total = Math.max(total, tails[stem].count); });
    if (cut.length) atLeast = !(words.length === 1 && words[0].stems.size === 1);
    return { groups: list, total: total, atLeast: atLeast, certain: certain, cut: cut };
  }

  /* Whether the best sections found on the heads are the best sections, with their exact scores:
     each has a certain score (for every word with a cut stem, its known score reaches the word's
     bound), and the last of them beats the most any section with an uncertain score could reach,
     its known score plus what the tails could still add (a section no head names: `open`). */
  function isDecided(top, limit, nTouched, open, unsettled) {
    if (top.length < limit) return false;
    var inTop = new Set();
    for (var i = 0; i < top.length; i++) {
      if (settled[top[i].doc] < unsettled) return false;
      inTop.add(top[i].doc);
    }
    // A section whose score is certain and that is not among them lost to them already (ties
    // included, by index order); any other could still gain from the tails.
    var outside = open;
    for (var k = 0; k < nTouched; k++) {
      var doc = touched[k];
      if (!inTop.has(doc) && settled[doc] < unsettled) outside = Math.max(outside, scores[doc] + open - covered[doc]);
    }
    return top[top.length - 1].score > outside + 1e-9;
  }

  function before(score, doc, h) {
    return score > h.score || (score === h.score && doc < h.doc);
  }

  function search(q) {
    var parsed = parseQuery(q);
    var words = parsed.words;
    var prefix = lastWordIsPrefix(q) && parsed.endsWithLast;
    return Promise.all(words.map(function (w, i) { return expandOrSplit(w, prefix && i === words.length - 1); }))
      .then(function (lists) {
        var expanded = [];
        lists.forEach(function (l) { l.forEach(function (e) { expanded.push(e); }); });
        var r = rank(expanded);
        if (r.certain) return withWords(r, expanded, r.cut.length);
        // The heads cannot decide: the tails of the query's cut stems, then an exact ranking.
        var names = [];
        r.cut.forEach(function (stem) { if (names.indexOf(tails[stem].file) < 0) names.push(tails[stem].file); });
        return use(names, 4).then(function () { return withWords(rank(expanded), expanded, r.cut.length); });
      });
  }

  /* cutAtFirst: the cut stems the query found on its first ranking (for the tests and the benchmark). */
  function withWords(r, words, cutAtFirst) {
    r.words = words;
    r.cutAtFirst = cutAtFirst;
    return r;
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

  /* Appends the text around the best matches to el, the matches in <mark>; an excerpt from a
     word shard is already cut (`whole`), the full text of a section is cut here. */
  function snippet(el, text, isMatch, whole) {
    var spans = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (isMatch(m[0])) spans.push([m.index, m.index + m[0].length]);
    }
    var LENGTH = 220;
    var start = 0;
    if (!whole && text.length > LENGTH && spans.length) {
      // The first window, 40 characters before a match, with the most matches inside; spans
      // are in text order, so two pointers count them (Snippets.window does the same).
      var bestCount = -1;
      var first = 0, after = 0;
      spans.forEach(function (s) {
        var from = Math.max(0, s[0] - 40);
        while (first < spans.length && spans[first][0] < from) first++;
        while (after < spans.length && spans[after][1] <= from + LENGTH) after++;
        var count = Math.max(0, after - first);
        if (count > bestCount) { bestCount = count; start = from; }
      });
    }
    var end = whole ? text.length : Math.min(text.length, start + LENGTH);
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

  /* The excerpt a word shard carries for doc under one of the query's stems (the stems of each
     word by factor, highest first), or undefined. */
  function excerptFor(doc, words) {
    for (var i = 0; i < words.length; i++) {
      var found;
      var factor = -1;
      words[i].stems.forEach(function (f, stem) {
        var x = showcase[stem] && showcase[stem].get(doc);
        if (x !== undefined && f > factor) { found = x; factor = f; }
      });
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /* Text chunks for the visible results that no loaded file can show; usually none. */
  function missingChunks(visible, words) {
    var names = [];
    visible.forEach(function (h) {
      if (texts[h.doc] !== undefined || (cards[h.doc] && excerptFor(h.doc, words) !== undefined)) return;
      var n = 's-' + chunkOf(h.page);
      if (names.indexOf(n) < 0) names.push(n);
    });
    return names;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var ui = {};

  // A message of the site's language, which the search page puts on #zoek-status as data-<name>
  // (templates/messages/), with each {key} filled in.
  function say(name, values) {
    var text = ui.status.getAttribute('data-' + name) || '';
    return text.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  /* The query's words that matched nothing on the site (null in search --json's `words`) and those that did. */
  function missingWords(words) {
    var missing = [], found = [];
    words.forEach(function (w) {
      var list = w.stems.size ? found : missing;
      if (missing.indexOf(w.query) < 0 && found.indexOf(w.query) < 0) list.push(w.query);
    });
    return { missing: missing, found: found };
  }

  /* A message whose {keys} are lists of words, each shown in <em>, as a fragment of nodes. */
  function sayWords(name, lists) {
    var text = ui.status.getAttribute('data-' + name) || '';
    var out = document.createDocumentFragment();
    var at = 0;
    text.replace(/\{(\w+)\}/g, function (whole, key, i) {
      out.appendChild(document.createTextNode(text.slice(at, i)));
      (lists[key] || []).forEach(function (w, k) {
        if (k) out.appendChild(document.createTextNode(', '));
        out.appendChild(el('em', null, w));
      });
      at = i + whole.length;
      return whole;
    });
    out.appendChild(document.createTextNode(text.slice(at)));
    return out;
  }

  var sequence = 0;
  var lastQuery = null;
  var shownCount = SHOWN;

  function render(q, r, shown) {
    function pageHref(u) {
      return ui.root + pageFile(u);
    }
    var flat = [];
    r.groups.forEach(function (g) { g.forEach(function (h) { flat.push(h); }); });
    var visible = flat.slice(0, shown);
    var pages = [];
    visible.forEach(function (h) { if (pages.indexOf(h.page) < 0) pages.push(h.page); });
    return use(missingChunks(visible, r.words), 3).then(function () {
      var isMatch = highlighter(r.words);
      var list = el('ol', 'zoek-paginas');
      var current = null;
      var sections = null;
      visible.forEach(function (h) {
        var page = pageInfo[h.page];
        if (h.page !== current) {
          current = h.page;
          var item = el('li', 'zoek-pagina');
          var title = el('h2', 'zoek-paginatitel');
          var link = el('a', null, page.t);
          link.href = pageHref(page.u);
          title.appendChild(link);
          item.appendChild(title);
          sections = el('ol', 'zoek-secties');
          item.appendChild(sections);
          list.appendChild(item);
        }
        var c = cards[h.doc];
        var s = [c.a, c.h, c.n];
        var li = el('li', 'zoek-sectie');
        var a = el('a', 'zoek-link');
        a.href = pageHref(page.u) + '#' + s[0];
        a.setAttribute('data-result', '');
        a.setAttribute('data-score', h.score.toFixed(3));
        if (s[2]) a.appendChild(el('span', 'nummer', s[2] + ' '));
        a.appendChild(document.createTextNode(s[1]));
        li.appendChild(a);
        var p = el('p', 'zoek-fragment');
        var full = texts[h.doc];
        if (full !== undefined) snippet(p, full, isMatch, false);
        else snippet(p, excerptFor(h.doc, r.words), isMatch, true);
        li.appendChild(p);
        sections.appendChild(li);
      });
      ui.results.textContent = '';
      if (visible.length) ui.results.appendChild(list);
      ui.more.hidden = flat.length <= shown;
      var n = r.total;
      var pageCount = r.groups.length;
      if (n === 0) {
        ui.status.textContent = say('none', { query: q });
        return;
      }
      var results = say(n === 1 ? 'one' : 'many', { count: n, query: q });
      if (r.atLeast) results = say('at-least', { results: results });
      ui.status.textContent = '';
      var missing = missingWords(r.words);
      if (missing.missing.length) {
        ui.status.appendChild(sayWords('missing', missing));
        ui.status.appendChild(document.createTextNode(' '));
      }
      ui.status.appendChild(document.createTextNode(say(flat.length < n ? 'best' : pageCount === 1 ? 'on-page' : 'on-pages',
        { results: results, shown: flat.length, pages: pageCount })));
    });
  }

  function run(q, shown) {
    var mine = ++sequence;
    var t0 = performance.now();
    rounds = new Set();
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
        stats.queries.push({ query: q, ms: t1 - t0, at: t1, files: stats.files.length, rounds: rounds.size,
          steps: Array.from(rounds).sort(), cut: r.cutAtFirst });
        ui.results.setAttribute('data-query', q);
      });
    }).catch(function (e) {
      if (mine !== sequence) return;
      ui.status.textContent = say('failed', { error: e.message });
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

  /* The engine without the search page, for the header's quick search (quick-search.js): a
     function giving the best n sections for q as {url from the site's root, page, heading, number}. */
  // Pages are their folders ("begrippen/"); the offline copy opens from disk, where a folder needs its index.html.
  function pageFile(u) {
    return u + (window.location.protocol === 'file:' && u.slice(-1) === '/' ? 'index.html' : '');
  }

  window.dossierSearchEngine = function (index) {
    base = index;
    var ready = load('manifest').then(function (m) { if (!manifest) init(m); });
    return function (q, n) {
      return ready.then(function () { return search(q); }).then(function (r) {
        var hits = [].concat.apply([], r.groups).slice(0, n);
        return use(missingChunks(hits, r.words), 3).then(function () {
          return hits.map(function (h) {
            return { url: pageFile(pageInfo[h.page].u) + '#' + cards[h.doc].a, page: pageInfo[h.page].t, heading: cards[h.doc].h, number: cards[h.doc].n };
          });
        });
      });
    };
  };

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
      ui.status.textContent = say('unavailable', { error: e.message });
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
