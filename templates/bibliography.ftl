<#ftl output_format="HTML" strip_whitespace=true>
<#-- Bronnen (type "bibliography"): every reference, numbered as in the source, with links
     back to the pages that cite it. -->
<#import "layout.ftl" as layout>
<#assign allRefs = bibliography![]>
<@layout.page title=content.title>
<article class="artikel">
  <header class="artikel-kop">
    <h1>${layout.hy(content.title)}</h1>
    <#if content.summary?has_content>
    <p class="inleiding">${content.summary}</p>
    </#if>
  </header>
  <#if allRefs?has_content>
  <ol class="bronnenlijst bronnen-overzicht">
  <#list allRefs as r>
    <li id="${r.anchor}" value="${layout.n(r.id)}">
      <p class="bron">${r.html?no_esc}</p>
      <#-- One line per source: the § numbers of the citing pages, each linking to the citation; the
           page's title is in the link's title, so a source cited on every page stays short. -->
      <#if (r.citedBy![])?has_content>
      <p class="geciteerd">${messages.cited_in} <#list r.citedBy as c><a href="${layout.href(c.url)}" title="${c.title}">§&nbsp;${layout.n(c.number)}</a><#sep>, </#sep></#list></p>
      <#else>
      <p class="geciteerd">${messages.not_cited}</p>
      </#if>
    </li>
  </#list>
  </ol>
  <#else>
  <p>${messages.no_references}</p>
  </#if>
</article>
</@layout.page>
