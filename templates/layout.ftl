<#ftl output_format="HTML" strip_whitespace=true>
<#-- Shared markup for every HTML page. Import with <#import "layout.ftl" as layout>.
     All internal links are relative: content.root + path. -->

<#-- A link target: absolute URLs ("https:", "mailto:", "/…") and fragments ("#…") are used
     as they are; anything else is a path relative to the site root, where "./" is the root
     itself (the home page). Pages are linked by their folder ("begrippen/"); in the offline
     copy, which opens from disk, such a link ends in index.html (indexFile, the rule the page
     text gets too). -->
<#function href url>
  <#if url?starts_with("#") || url?starts_with("/") || url?matches("^[A-Za-z][A-Za-z0-9+.-]*:.*", "s")>
    <#return url>
  </#if>
  <#local path = content.root + url?remove_beginning("./")>
  <#if !path?has_content><#local path = "./"></#if>
  <#if content.offline><#local path = indexFile(path)></#if>
  <#return path>
</#function>

<#-- One entry of the chapter's menu. -->
<#macro chapterLink url number title current=false>
      <li><a href="${href(url)}"<#if current> aria-current="page"</#if>><#if number?has_content><span class="nummer">${n(number)}</span> </#if>${title}</a></li>
</#macro>

<#-- The published path of a file in assets/, from this page: stylesheets and scripts are
     fingerprinted at build time (assets/css/site.1a2b3c4d5e.css), see docs/templates.md. -->
<#function asset path>
  <#return content.root + (content.site.assets[path])!("assets/" + path)>
</#function>

<#-- A message with its {name} places filled: fill(messages.updated, {"date": d}). Text values are
     escaped, markup (made with <#local x>…</#local>) is kept; a name without a value stays. -->
<#function fill text values>
  <#local pieces = text?split("{")>
  <#local out = pieces[0]?esc>
  <#list pieces[1..] as piece>
    <#local name = piece?keep_before("}")>
    <#if piece?contains("}") && values[name]??>
      <#local out = out + values[name] + piece?keep_after("}")>
    <#else>
      <#local out = out + "{" + piece>
    </#if>
  </#list>
  <#return out>
</#function>

<#-- A number or string as plain text, never locale-formatted (1234, not "1.234"). -->
<#function n value>
  <#if value?is_number>
    <#return value?c>
  <#else>
    <#return value?string>
  </#if>
</#function>

<#-- A title or summary as shown on the page, with soft hyphens where the site's language allows
     them, so that a long word breaks with a hyphen (never in <head>, ids or data). -->
<#function hy text>
  <#return hyphenate(text, content.site.language)>
</#function>

<#macro page title description="">
<#local site = content.site>
<#local pageTitle = (title == site.siteName)?then(title, title + " – " + site.siteName)>
<#local metaDescription = description?has_content?then(description, content.summary!"")>
<!doctype html>
<html lang="${site.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<#if content.type == "search">
<#-- The search page runs script: only our own files, no inline script, no eval. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'">
</#if>
<title>${pageTitle}</title>
<#if metaDescription?has_content>
<meta name="description" content="${metaDescription}">
</#if>
<#if content.type == "notfound">
<meta name="robots" content="noindex">
<#elseif content.canonicalUrl?has_content>
<link rel="canonical" href="${content.canonicalUrl}">
<meta property="og:url" content="${content.canonicalUrl}">
</#if>
<#local isArticle = content.type == "home" || content.type == "page">
<meta property="og:type" content="${isArticle?then("article", "website")}">
<meta property="og:locale" content="${messages.og_locale}">
<meta property="og:site_name" content="${site.siteName}">
<meta property="og:title" content="${title}">
<#if metaDescription?has_content>
<meta property="og:description" content="${metaDescription}">
</#if>
<#if isArticle && content.updated?has_content>
<meta property="article:modified_time" content="${content.updated}">
</#if>
<#-- schema.org data block (Article or WebPage + BreadcrumbList). JSON built and escaped by
     nl.dossier.bake.JsonLd ("<" is written as \u003c, so it cannot end the element); it is
     data, not script, so a CSP without 'unsafe-inline' allows it. -->
<#if content.type != "notfound" && content.jsonLd?has_content>
<script type="application/ld+json">${content.jsonLd?no_esc}</script>
</#if>
<link rel="alternate" type="application/atom+xml" title="${fill(messages.feed_link_title, {"site_name": site.siteName})}" href="${content.root}feed.xml">
<link rel="stylesheet" href="${asset("css/site.css")}">
<link rel="icon" type="image/svg+xml" href="${asset("img/favicon.svg")}">
<#-- The header's quick search: not on the search page (it has its own field) nor on the
     one-page chapter (to stay within the page budget; its header field opens the search page). -->
<#local quick = content.type != "search" && content.type != "complete">
<#if quick>
<script defer src="${asset("js/quick-search.js")}"></script>
</#if>
</head>
<body>
<a class="skiplink" href="#inhoud">${messages.skip_link}</a>
<header class="kop">
  <div class="breed kop-binnen">
    <p class="sitenaam"><a href="${href("./")}"><#if site.parentTitle?has_content><span class="sitenaam-boven">${site.parentTitle}</span> </#if>${site.siteName}</a></p>
    <#-- A disclosure on phones, so the menu does not push the title down; always open on wider
         screens (site.css), without script. -->
    <details class="hoofdmenu">
      <summary>${messages.menu}</summary>
      <nav aria-label="${messages.main_menu}">
        <ul>
          <li><a href="${href("./")}"<#if content.type == "home"> aria-current="page"</#if>>${messages.menu_home}</a></li>
          <li><a href="${href("begrippen/")}"<#if content.type == "glossary"> aria-current="page"</#if>>${messages.menu_glossary}</a></li>
          <li><a href="${href("bronnen/")}"<#if content.type == "bibliography"> aria-current="page"</#if>>${messages.menu_bibliography}</a></li>
          <li><a href="${href("zoeken/")}"<#if content.type == "search"> aria-current="page"</#if>>${messages.menu_search}</a></li>
        </ul>
      </nav>
    </details>
    <#-- The search page has its own field. Elsewhere quick-search.js shows the best results while
         typing (search.js, loaded on focus); without script the form opens the search page. -->
    <#if content.type != "search">
    <form class="kop-zoeken" role="search" action="${href("zoeken/")}" method="get"<#if quick> data-engine="${asset("js/search.js")}" data-index="${content.root}search/" data-root="${content.root}" data-count="${messages.quick_search_count}" data-none="${messages.search_none}" data-all="${messages.quick_search_all}"</#if>>
      <label for="kop-zoekterm" class="visueel-verborgen">${messages.header_search_label}</label>
      <input id="kop-zoekterm" name="q" type="search" placeholder="${messages.header_search_placeholder}" autocomplete="off">
      <button type="submit" class="knop">${messages.header_search_button}</button>
    </form>
    </#if>
  </div>
</header>
<#if content.offline!false>
<#-- Only in the offline copy: which edition and date this is, and where the live page is. -->
<div class="offline-kopie breed" role="note">
  <#local date><time datetime="${content.editionDate}">${content.editionDateText}</time></#local><#t>
  <#local live><a class="live-versie" href="${content.canonicalUrl}">${messages.offline_live_link}</a></#local><#t>
  <p>${fill(messages.offline_banner, {"site_name": site.siteName, "edition": site.edition, "date": date, "live_link": live})}</p>
</div>
</#if>
<div class="breed raam">
<#if (content.breadcrumbs![])?has_content>
<nav class="kruimelpad" aria-label="${messages.breadcrumbs}">
  <ol>
  <#list content.breadcrumbs as crumb>
    <#if crumb?is_last || !(crumb.url!"")?has_content>
    <li><span aria-current="page">${hy(crumb.title)}</span></li>
    <#else>
    <li><a href="${href(crumb.url)}">${hy(crumb.title)}</a></li>
    </#if>
  </#list>
  </ol>
</nav>
</#if>
<#-- The chapter's pages: beside the text on wide screens, a disclosure above it on phones. The
     one-page chapter has its own contents instead. A long chapter lists only the pages before
     and after this one and links to the home page's full list: every page listing every page
     would make the site grow with the square of its pages. -->
<#if content.type != "complete" && (areas![])?has_content>
<details class="hoofdstuk">
  <summary>${messages.chapter_menu}</summary>
  <nav aria-label="${messages.chapter_menu}">
    <ol>
      <li><a href="${href("./")}"<#if content.type == "home"> aria-current="page"</#if>>${site.title}</a></li>
      <#if areas?size lte 30>
      <#list areas as area>
      <@chapterLink url=area.url number=area.number!"" title=area.title current=(area.url?remove_ending("index.html") == content.uri?remove_ending("index.html")) />
      </#list>
      <#else>
      <#if content.prev?? && content.prev.url != "./"><@chapterLink url=content.prev.url number=content.prev.number!"" title=content.prev.title /></#if>
      <#if content.type == "page"><@chapterLink url=content.uri?remove_ending("index.html") number=content.number!"" title=content.title current=true /></#if>
      <#if content.next??><@chapterLink url=content.next.url number=content.next.number!"" title=content.next.title /></#if>
      <li><a href="${href("./")}">${fill(messages.chapter_all, {"count": areas?size?c})}</a></li>
      </#if>
    </ol>
  </nav>
</details>
</#if>
<#-- tabindex="-1": the skip link moves keyboard focus into main, not only the scroll position. -->
<main id="inhoud" tabindex="-1">
<#nested>
</main>
</div>
<footer class="voet">
  <div class="breed">
    <#if site.publisher?has_content || site.edition?has_content>
    <p><#if site.publisher?has_content>${fill(messages.footer_publisher, {"publisher": site.publisher})}</#if><#if site.publisher?has_content && site.edition?has_content> </#if><#if site.edition?has_content>${fill(messages.footer_edition, {"edition": site.edition?cap_first})}</#if></p>
    </#if>
    <#if site.parentTitle?has_content && site.parentUrl?has_content>
    <#local parent><a href="${site.parentUrl}">${site.parentTitle}</a></#local><#t>
    <p>${fill(messages.footer_part_of, {"parent": parent})}</p>
    </#if>
    <ul class="voet-links">
      <#if site.onePage && content.type != "complete">
      <li><a href="${href("volledig/")}">${messages.footer_complete}</a></li>
      </#if>
      <li><a href="${content.root}feed.xml" type="application/atom+xml">${messages.footer_feed}</a></li>
      <li><a href="${content.root}sitemap.xml">${messages.footer_sitemap}</a></li>
      <#if site.repository?has_content>
      <li><a href="${site.repository}">${messages.footer_source}</a></li>
      </#if>
      <li><a href="${href("toegankelijkheid/")}"<#if content.type == "accessibility"> aria-current="page"</#if>>${messages.footer_accessibility}</a></li>
      <li><a href="${href("privacy/")}"<#if content.type == "privacy"> aria-current="page"</#if>>${messages.footer_privacy}</a></li>
    </ul>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- "Laatst bijgewerkt" (messages.updated) with a machine-readable date. -->
<#macro updated>
<#if content.updated?has_content>
<#local date><time datetime="${content.updated}">${content.updatedText!content.updated}</time></#local><#t>
<p class="bijgewerkt">${fill(messages.updated, {"date": date})}</p>
</#if>
</#macro>

<#-- The numbered references of this page, numbers as in the source. -->
<#macro references refs>
<#if refs?has_content>
<section class="aanvullende-informatie" aria-labelledby="aanvullende-informatie">
  <h2 id="aanvullende-informatie">${messages.references_title}</h2>
  <ol class="bronnenlijst">
  <#list refs as ref>
    <li id="${ref.anchor}" value="${n(ref.id)}">${ref.html?no_esc}</li>
  </#list>
  </ol>
  <p class="alle-bronnen"><a href="${href("bronnen/")}">${messages.all_references}</a></p>
</section>
</#if>
</#macro>

<#-- The ready-to-copy citation. -->
<#macro citation>
<#if content.citation?has_content>
<section class="citeren" aria-labelledby="hoe-te-verwijzen">
  <h2 id="hoe-te-verwijzen">${messages.how_to_cite_title}</h2>
  <p>${content.citation}</p>
</section>
</#if>
</#macro>

<#-- Previous and next page in reading order. -->
<#macro prevNext>
<#if content.prev?? || content.next??>
<nav class="vorige-volgende" aria-label="${messages.prev_next}">
  <ul>
  <#if content.prev??>
    <li class="vorige"><a rel="prev" href="${href(content.prev.url)}"><span class="richting">${messages.previous}</span> <#if (content.prev.number!"")?has_content><span class="nummer">${n(content.prev.number)}</span> </#if>${hy(content.prev.title)}</a></li>
  </#if>
  <#if content.next??>
    <li class="volgende"><a rel="next" href="${href(content.next.url)}"><span class="richting">${messages.next}</span> <#if (content.next.number!"")?has_content><span class="nummer">${n(content.next.number)}</span> </#if>${hy(content.next.title)}</a></li>
  </#if>
  </ul>
</nav>
</#if>
</#macro>

<#-- Link to the Markdown source of this page. -->
<#macro editLink>
<#if content.editUrl?has_content>
<p class="bewerk"><a href="${content.editUrl}">${messages.edit_page}</a></p>
</#if>
</#macro>
