<#ftl output_format="HTML" strip_whitespace=true>
<#-- Zoeken (type "search"): the search page. Reads ?q= and shows results with assets/js/search.js,
     which loads the exported index files from search/ (docs/search.md). Without JavaScript the
     form still submits here, and the page says what else helps. -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title>
<article class="artikel zoeken" id="zoeken" data-root="${content.root}" data-index="${content.root}search/">
  <header class="artikel-kop">
    <h1>${content.title}</h1>
    <#if content.summary?has_content>
    <p class="inleiding">${content.summary}</p>
    </#if>
  </header>
  <form id="zoekformulier" class="zoekformulier" action="index.html" method="get" role="search">
    <label for="zoekterm">Zoekwoorden</label>
    <div class="zoekregel">
      <input id="zoekterm" name="q" type="search" autocomplete="off" spellcheck="false" aria-describedby="zoek-uitleg" aria-controls="search-results">
      <button type="submit">Zoeken</button>
    </div>
  </form>
  <p id="zoek-uitleg" class="zoek-uitleg">Zoek op een maatregel, wet, organisatie of afkorting, bijvoorbeeld <i>kroongetuige</i>, <i>HARP</i> of <i>drugssmokkel haven</i>. Resultaten verschijnen terwijl u typt; met de pijltjestoetsen gaat u door de resultaten.</p>
  <noscript><p class="zoek-uitleg">Zoeken werkt met JavaScript. Zonder JavaScript vindt u alle onderwerpen via de <a href="${content.root}index.html">inhoud van het hoofdstuk</a> en de <a href="${content.root}begrippen/index.html">begrippenlijst</a>.</p></noscript>
  <p id="zoek-status" class="zoek-status" role="status" aria-live="polite" aria-atomic="true"></p>
  <div id="search-results" class="zoekresultaten"></div>
  <p><button type="button" id="meer-resultaten" class="meer-resultaten" hidden>Meer resultaten</button></p>
</article>
<script src="${layout.asset("js/search.js")}"></script>
<#-- The manifest downloads with the page (defer: it runs after search.js, which defines dossierSearchFile). -->
<script defer src="${content.root}search/manifest.js"></script>
</@layout.page>
