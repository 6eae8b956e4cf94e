<#ftl output_format="HTML" strip_whitespace=true>
<#-- Toegankelijkheidsverklaring (type "accessibility"). A template page, not a content page:
     see the comment in nl.dossier.bake.SiteCrawler. Keep its text true to what the tests in
     src/test/java/nl/dossier/browser/ actually check; update it when they change. -->
<#import "layout.ftl" as layout>
<#assign site = content.site>
<@layout.page title=content.title>
<article class="artikel">
<#-- The text itself, in the site's language: toegankelijkheid-nl.ftl, toegankelijkheid-en.ftl. -->
<#include "toegankelijkheid-" + site.language + ".ftl">
</article>
</@layout.page>
