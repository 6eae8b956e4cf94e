<#ftl output_format="HTML" strip_whitespace=true>
<#-- Zoeken (type "search"): the search page. Reads ?q= and shows results with assets/js/search.js,
     which loads the exported index files from search/ (docs/search.md). Without JavaScript the
     form still submits here, and the page says what else helps. -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title>
<article class="artikel zoeken" id="zoeken" data-root="${content.root}" data-index="${content.root}search/">
  <header class="artikel-kop">
    <h1>${layout.hy(content.title)}</h1>
    <#if content.summary?has_content>
    <p class="inleiding">${content.summary}</p>
    </#if>
  </header>
  <form id="zoekformulier" class="zoekformulier" action="${layout.href("zoeken/")}" method="get" role="search">
    <label for="zoekterm">${messages.search_words_label}</label>
    <div class="zoekregel">
      <input id="zoekterm" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="zoek-uitleg" aria-controls="search-results">
      <button type="submit">${messages.search_button}</button>
    </div>
  </form>
  <p id="zoek-uitleg" class="zoek-uitleg">${messages.search_hint_html?no_esc}</p>
  <#assign contents><a href="${layout.href("./")}">${messages.search_noscript_contents}</a></#assign><#t>
  <#assign glossary><a href="${layout.href("begrippen/")}">${messages.search_noscript_glossary}</a></#assign><#t>
  <noscript><p class="zoek-uitleg">${layout.fill(messages.search_noscript, {"contents": contents, "glossary": glossary})}</p></noscript>
  <#-- What search.js says about the results, {name} filled in by the script. -->
  <p id="zoek-status" class="zoek-status" role="status" aria-live="polite" aria-atomic="true" data-none="${messages.search_none}" data-missing="${messages.search_missing}" data-one="${messages.search_one}" data-many="${messages.search_many}" data-at-least="${messages.search_at_least}" data-best="${messages.search_best}" data-on-page="${messages.search_on_page}" data-on-pages="${messages.search_on_pages}" data-failed="${messages.search_failed}" data-unavailable="${messages.search_unavailable}"></p>
  <div id="search-results" class="zoekresultaten"></div>
  <p><button type="button" id="meer-resultaten" class="meer-resultaten" hidden>${messages.search_more}</button></p>
</article>
<script src="${layout.asset("js/search.js")}"></script>
<#-- The manifest downloads with the page (defer: it runs after search.js, which defines dossierSearchFile). -->
<script defer src="${content.root}search/manifest.js"></script>
</@layout.page>
