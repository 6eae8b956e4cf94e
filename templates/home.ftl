<#ftl output_format="HTML" strip_whitespace=true>
<#-- The chapter page 2.1.7 (type "home"), with an overview of every policy area. -->
<#import "layout.ftl" as layout>
<#assign allAreas = areas![]>
<@layout.page title=content.title>
<article class="artikel">
  <header class="artikel-kop">
    <h1><#if (content.number!"")?has_content><span class="nummer">${layout.n(content.number)}</span> </#if>${content.title}</h1>
  </header>
  <div class="tekst">
  ${content.body?no_esc}
  </div>
  <#if allAreas?has_content>
  <section class="overzicht" aria-labelledby="inhoud-hoofdstuk">
    <h2 id="inhoud-hoofdstuk">Inhoud van dit hoofdstuk</h2>
    <ol class="kaarten">
    <#list allAreas as area>
      <li class="kaart">
        <h3><a href="${layout.href(area.url)}"><#if (area.number!"")?has_content><span class="nummer">${layout.n(area.number)}</span> </#if>${area.title}</a></h3>
        <#if area.summary?has_content>
        <p>${area.summary}</p>
        </#if>
      </li>
    </#list>
    </ol>
  </section>
  </#if>
  <#assign dl = content.downloads>
  <#if dl.zipUrl?has_content || dl.completeUrl?has_content || dl.pdfUrl?has_content>
  <section class="offline-lezen" aria-labelledby="offline-lezen">
    <h2 id="offline-lezen">Offline lezen en printen</h2>
    <ul>
      <#if dl.zipUrl?has_content>
      <li><a href="${layout.href(dl.zipUrl)}" type="application/zip" download>Download voor offline gebruik</a> (zip<#if dl.zipSize?has_content>, ${dl.zipSize}</#if>): de hele site om zonder internet te lezen; pak uit en open <code>index.html</code>.</li>
      </#if>
      <#if dl.completeUrl?has_content>
      <li><a href="${layout.href(dl.completeUrl)}">Het hele hoofdstuk op één pagina</a>, om te printen of in één keer te lezen.</li>
      </#if>
      <#if dl.pdfUrl?has_content>
      <li><a href="${layout.href(dl.pdfUrl)}" type="application/pdf">Het hele hoofdstuk als PDF</a><#if dl.pdfSize?has_content> (${dl.pdfSize})</#if>.</li>
      </#if>
    </ul>
  </section>
  </#if>
  <@layout.references refs=content.references![]/>
  <@layout.citation/>
  <footer class="artikel-voet">
    <@layout.updated/>
    <@layout.editLink/>
  </footer>
</article>
<@layout.prevNext/>
</@layout.page>
