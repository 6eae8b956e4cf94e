<#ftl output_format="HTML" strip_whitespace=true>
<#-- A policy-area page (type "page"), e.g. 2.1.7.3 Bestrijding drugssmokkel. -->
<#import "layout.ftl" as layout>
<#assign toc = content.toc![]>
<#assign refs = content.references![]>
<@layout.page title=content.title>
<article class="artikel">
  <header class="artikel-kop">
    <h1><#if (content.number!"")?has_content><span class="nummer">${layout.n(content.number)}</span> </#if>${layout.hy(content.title)}</h1>
    <#if content.summary?has_content>
    <p class="inleiding">${layout.hy(content.summary)}</p>
    </#if>
    <@layout.updated/>
  </header>
  <#if toc?has_content>
  <nav class="snel-naar" aria-labelledby="snel-naar">
    <h2 id="snel-naar">${messages.quick_links}</h2>
    <#-- A plain list: the sections carry their own numbers (2.1.7.3.1 …), list numbers would repeat them. -->
    <ul>
    <#list toc as item>
      <li><a href="#${item.id}"><#if (item.number!"")?has_content><span class="nummer">${layout.n(item.number)}</span> </#if>${layout.hy(item.title)}</a></li>
    </#list>
    <#if refs?has_content>
      <li><a href="#aanvullende-informatie">${messages.references_title}</a></li>
    </#if>
    </ul>
  </nav>
  </#if>
  <div class="tekst">
  ${content.body?no_esc}
  </div>
  <@layout.references refs=refs/>
  <@layout.citation/>
  <@layout.editLink/>
</article>
<@layout.prevNext/>
</@layout.page>
