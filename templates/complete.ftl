<#ftl output_format="HTML" strip_whitespace=true>
<#-- The whole chapter on one page (type "complete", volledig/index.html), in reading order,
     for printing and for reading offline in one scroll. Each part's ids carry its own prefix
     and its links are in-page (see docs/templates.md); the PDF is made from this page. -->
<#import "layout.ftl" as layout>
<#assign parts = content.parts![]>
<#assign allTerms = terms![]>
<#assign dl = content.downloads>
<@layout.page title=content.title>
<article class="artikel volledig">
  <header class="artikel-kop">
    <h1><#if (content.number!"")?has_content><span class="nummer">${layout.n(content.number)}</span> </#if>${layout.hy(content.title)}</h1>
    <p class="inleiding">${content.site.siteName}, ${content.site.edition}. ${content.site.publisher}.</p>
    <@layout.updated/>
    <#if dl.pdfUrl?has_content>
    <p class="downloads"><a href="${layout.href(dl.pdfUrl)}" type="application/pdf">${messages.complete_pdf_link}<#if dl.pdfSize?has_content> (${dl.pdfSize})</#if></a></p>
    </#if>
  </header>
  <nav class="snel-naar" aria-labelledby="inhoudsopgave">
    <h2 id="inhoudsopgave">${layout.hy(messages.complete_contents)}</h2>
    <#-- A plain list: the parts carry their own numbers (2.1.7.1 …), list numbers would repeat them. -->
    <ul>
    <#list parts as part>
      <li><a href="#${part.anchor}"><span class="nummer">${layout.n(part.number)}</span> ${layout.hy(part.title)}</a></li>
    </#list>
    <#if allTerms?has_content>
      <li><a href="#${content.glossaryAnchor}">${messages.glossary_title}</a></li>
    </#if>
    </ul>
  </nav>
  <#list parts as part>
  <section class="deel" id="${part.anchor}" aria-labelledby="${part.anchor}--titel">
    <h2 id="${part.anchor}--titel"><span class="nummer">${layout.n(part.number)}</span> ${layout.hy(part.title)}</h2>
    <#if part.summary?has_content>
    <p class="inleiding">${layout.hy(part.summary)}</p>
    </#if>
    <div class="tekst">
    ${part.body?no_esc}
    </div>
    <#if part.references?has_content>
    <section class="aanvullende-informatie" aria-labelledby="${part.referencesAnchor}">
      <h3 id="${part.referencesAnchor}">${layout.fill(messages.complete_references_title, {"number": layout.n(part.number)})}</h3>
      <ol class="bronnenlijst">
      <#list part.references as ref>
        <li id="${ref.anchor}" value="${layout.n(ref.id)}">${ref.html?no_esc}</li>
      </#list>
      </ol>
    </section>
    </#if>
    <#assign date><time datetime="${part.updated}">${part.updatedText}</time></#assign><#t>
    <#assign online><a href="${layout.href(part.url)}">${layout.n(part.number)} ${part.title}</a></#assign><#t>
    <p class="bijgewerkt">${layout.fill(messages.complete_part_updated, {"date": date, "link": online})}</p>
  </section>
  </#list>
  <#if allTerms?has_content>
  <section class="deel" id="${content.glossaryAnchor}" aria-labelledby="${content.glossaryAnchor}--titel">
    <h2 id="${content.glossaryAnchor}--titel">${messages.glossary_title}</h2>
    <dl class="begrippenlijst">
    <#list allTerms as t>
      <dt id="${content.glossaryAnchor}--${t.anchor}"><abbr>${t.term}</abbr></dt>
      <dd>
        <p><strong>${t.name}</strong></p>
        <#if t.description?has_content>
        <p>${t.description}</p>
        </#if>
      </dd>
    </#list>
    </dl>
  </section>
  </#if>
</article>
</@layout.page>
