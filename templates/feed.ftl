<#ftl output_format="XML">
<#assign site = content.site>
<#assign entries = updates![]>
<#assign feedUpdated = entries?has_content?then(entries[0].updated, "1970-01-01")>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
  <id>${site.baseUrl}/</id>
  <title>${site.title}</title>
  <#if content.summary?has_content>
  <subtitle>${content.summary}</subtitle>
  </#if>
  <updated>${feedUpdated}T00:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="${site.feedUrl}"/>
  <link rel="alternate" type="text/html" href="${site.baseUrl}/"/>
  <author>
    <name>${site.publisher}</name>
  </author>
<#list entries as e>
  <entry>
    <title>${e.title}</title>
    <link rel="alternate" type="text/html" href="${e.absoluteUrl}"/>
    <id>${e.absoluteUrl}</id>
    <updated>${e.updated}T00:00:00Z</updated>
    <#if e.summary?has_content>
    <summary type="text">${e.summary}</summary>
    </#if>
  </entry>
</#list>
</feed>
