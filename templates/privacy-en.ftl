<#ftl output_format="HTML" strip_whitespace=true>
<#-- The English text of privacy.ftl, included there for sites with language: en. -->
  <header class="artikel-kop">
    <h1>${layout.hy(content.title)}</h1>
    <p class="inleiding">${content.summary}</p>
    <p class="bijgewerkt">Written on <time datetime="2026-11-27">27 November 2026</time>.</p>
  </header>
  <div class="tekst">
  <h2 id="kort">In short</h2>
  <ul>
    <li>This site sets <strong>no cookies</strong> and stores nothing else in your browser
      either.</li>
    <li>Everything a page needs (text, layout, the icon) comes from this site itself.
      <strong>Nothing is loaded from other parties</strong>: no fonts, no scripts, no videos, no
      social media buttons.</li>
    <li><strong>No visitor statistics</strong> are kept and there are no advertisements.</li>
    <li>You do not need to fill in or send anything to use the site.</li>
  </ul>

  <h2 id="server">What the web server sees</h2>
  <p>As with every website, the server that delivers the pages receives technical data with
  each request, such as the IP address, the time and the page asked for. The site itself does
  not collect or keep that data. Whether and for how long the hosting party keeps it in its log
  files is stated in that party's privacy policy.</p>

  <h2 id="links">Links to other websites</h2>
  <p>The pages refer to sources on other websites. Only when you follow such a link do you visit
  that website; its own privacy policy applies there.</p>

  <h2 id="vragen">Questions</h2>
  <#if site.repository?has_content>
  <p>You can ask questions about this statement through the
  <a href="${site.repository}/issues">issue list of the source code</a>.</p>
  <#else>
  <p>You can ask questions about this statement to the publisher.</p>
  </#if>
  </div>
