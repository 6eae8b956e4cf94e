<#ftl output_format="HTML" strip_whitespace=true>
<#-- Begrippen en afkortingen (type "glossary"): every term, with its related terms and the
     pages that use it. -->
<#import "layout.ftl" as layout>
<#assign allTerms = terms![]>
<@layout.page title=content.title>
<article class="artikel">
  <header class="artikel-kop">
    <h1>${layout.hy(content.title)}</h1>
    <#if content.summary?has_content>
    <p class="inleiding">${content.summary}</p>
    </#if>
  </header>
  <#if allTerms?has_content>
  <dl class="begrippenlijst">
  <#list allTerms as t>
    <dt id="${t.anchor}"><abbr>${t.term}</abbr></dt>
    <dd>
      <p><strong>${layout.hy(t.name)}</strong></p>
      <#if t.description?has_content>
      <p>${layout.hy(t.description)}</p>
      </#if>
      <#if (t.related![])?has_content>
      <p class="zie-ook">${messages.see_also} <#list t.related as r><a href="#${r.anchor}"><abbr>${r.term}</abbr></a><#sep>, </#sep></#list></p>
      </#if>
      <#if (t.usedOn![])?has_content>
      <p class="gebruikt-op">${messages.used_on} <#list t.usedOn as p><a href="${layout.href(p.url)}">${layout.hy(p.title)}</a><#sep>, </#sep></#list></p>
      </#if>
    </dd>
  </#list>
  </dl>
  <#else>
  <p>${messages.no_terms}</p>
  </#if>
</article>
</@layout.page>
