<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list updates![] as u>
  <url>
    <loc>${u.absoluteUrl}</loc>
    <#if u.updated?has_content>
    <lastmod>${u.updated}</lastmod>
    </#if>
  </url>
</#list>
</urlset>
