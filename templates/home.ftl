<#ftl output_format="HTML" strip_whitespace=true>
<#-- The chapter page 2.1.7 (type "home"), with an overview of every policy area. -->
<#import "layout.ftl" as layout>
<#assign allAreas = areas![]>
<@layout.page title=content.title>
<article class="artikel">
  <header class="artikel-kop">
    <h1><#if (content.number!"")?has_content><span class="nummer">${layout.n(content.number)}</span> </#if>${layout.hy(content.title)}</h1>
  </header>
  <div class="tekst">
  ${content.body?no_esc}
  </div>
  <#if allAreas?has_content>
  <section class="overzicht" aria-labelledby="inhoud-hoofdstuk">
    <h2 id="inhoud-hoofdstuk">${messages.chapter_contents}</h2>
    <ol class="kaarten">
    <#list allAreas as area>
      <li class="kaart">
        <h3><a href="${layout.href(area.url)}"><#if (area.number!"")?has_content><span class="nummer">${layout.n(area.number)}</span> </#if>${layout.hy(area.title)}</a></h3>
        <#if area.summary?has_content>
        <p>${layout.hy(area.summary)}</p>
        </#if>
      </li>
    </#list>
    </ol>
  </section>
  </#if>
  <#assign dl = content.downloads>
  <#if dl.zipUrl?has_content || dl.completeUrl?has_content || dl.pdfUrl?has_content>
  <section class="offline-lezen" aria-labelledby="offline-lezen">
    <h2 id="offline-lezen">${messages.offline_title}</h2>
    <ul>
      <#if dl.zipUrl?has_content>
      <#assign link><a href="${layout.href(dl.zipUrl)}" type="application/zip" download>${messages.download_zip_link}</a></#assign><#t>
      <#assign file><code>index.html</code></#assign><#t>
      <li>${layout.fill(messages.download_zip, {"link": link, "size": dl.zipSize?has_content?then(", " + dl.zipSize, ""), "file": file})}</li>
      </#if>
      <#if dl.completeUrl?has_content>
      <#assign link><a href="${layout.href(dl.completeUrl)}">${messages.download_complete_link}</a></#assign><#t>
      <li>${layout.fill(messages.download_complete, {"link": link})}</li>
      </#if>
      <#if dl.pdfUrl?has_content>
      <li><a href="${layout.href(dl.pdfUrl)}" type="application/pdf">${messages.download_pdf_link}</a><#if dl.pdfSize?has_content> (${dl.pdfSize})</#if>.</li>
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
