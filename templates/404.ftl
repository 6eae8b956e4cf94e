<#ftl output_format="HTML" strip_whitespace=true>
<#-- Pagina niet gevonden (type "notfound"). Served from any URL depth, so content.root is
     "/" here and every link below is absolute. -->
<#import "layout.ftl" as layout>
<@layout.page title=content.title>
<article class="artikel">
  <header class="artikel-kop">
    <h1>${layout.hy(messages.notfound_title)}</h1>
    <p class="inleiding">${messages.notfound_intro}</p>
  </header>
  <p>${messages.notfound_try}</p>
  <ul>
    <#assign home><a href="${layout.href("./")}">${content.site.siteName}</a></#assign><#t>
    <li>${layout.fill(messages.notfound_home, {"link": home})}</li>
    <li><a href="${layout.href("begrippen/")}">${messages.glossary_title}</a></li>
    <li><a href="${layout.href("bronnen/")}">${messages.bibliography_title}</a></li>
  </ul>
</article>
</@layout.page>
