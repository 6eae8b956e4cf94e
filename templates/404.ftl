<#ftl output_format="HTML" strip_whitespace=true>
<#-- Pagina niet gevonden (type "notfound"). Served from any URL depth, so content.root is
     "/" here and every link below is absolute. -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title>
<article class="artikel">
  <header class="artikel-kop">
    <h1>Pagina niet gevonden</h1>
    <p class="inleiding">De pagina die u zoekt bestaat niet (meer) of is verplaatst.</p>
  </header>
  <p>Controleer het adres, of ga verder via een van deze pagina’s:</p>
  <ul>
    <li><a href="${content.root}index.html">${content.site.siteName}</a>: het hoofdstuk met een overzicht van alle onderwerpen</li>
    <li><a href="${content.root}begrippen/index.html">Begrippen en afkortingen</a></li>
    <li><a href="${content.root}bronnen/index.html">Bronnen</a></li>
  </ul>
</article>
</@layout.page>
