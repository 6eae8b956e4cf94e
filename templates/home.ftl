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
  <@layout.references refs=content.references![]/>
  <@layout.citation/>
  <footer class="artikel-voet">
    <@layout.updated/>
    <@layout.editLink/>
  </footer>
</article>
<@layout.prevNext/>
</@layout.page>
