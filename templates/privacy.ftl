<#ftl output_format="HTML" strip_whitespace=true>
<#-- Privacyverklaring (type "privacy"). A template page, not a content page: see the comment
     in nl.dossier.bake.SiteCrawler. The browser tests check the claims of its text on every page:
     no cookies, no browser storage, no request to any other host. -->
<#import "layout.ftl" as layout>
<#assign site = content.site>
<@layout.page title=content.title>
<article class="artikel">
<#-- The text itself, in the site's language: privacy-nl.ftl, privacy-en.ftl. -->
<#include "privacy-" + site.language + ".ftl">
</article>
</@layout.page>
