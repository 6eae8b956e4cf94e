<#ftl output_format="HTML" strip_whitespace=true>
<#-- The English text of toegankelijkheid.ftl, included there for sites with language: en. Keep it
     true to what the tests in src/test/java/nl/dossier/browser/ check, like the Dutch text. -->
  <header class="artikel-kop">
    <h1>${layout.hy(content.title)}</h1>
    <p class="inleiding">${content.summary}</p>
    <p class="bijgewerkt">Written on <time datetime="2026-11-27">27 November 2026</time>.</p>
  </header>
  <div class="tekst">
  <h2 id="doel">What we aim for</h2>
  <p>This site should be usable by everyone: with a keyboard, a screen reader, magnification or
  a small phone. We aim for the Web Content Accessibility Guidelines
  (<abbr title="Web Content Accessibility Guidelines">WCAG</abbr>) 2.1, levels A and AA, as
  included in the European standard EN 301 549.</p>

  <h2 id="status">How far we are</h2>
  <p>In everything that can be tested automatically and with the keyboard, the site meets
  WCAG 2.1 AA. A full manual review by an independent expert has not been done yet. That is why
  we do not claim that the site fully complies.</p>

  <h2 id="getest">What is tested, and how</h2>
  <p>Automatic tests run with every change to the source code. They are part of the source code
  and use the Chromium browser, without a screen:</p>
  <ul>
    <li><strong>An automatic check with axe-core</strong> on every page, in the light and the dark
      colour scheme, with all rules for WCAG 2.0 and 2.1 levels A and AA. The test passes only
      with zero errors.</li>
    <li><strong>Keyboard only:</strong> the link ‘${messages.skip_link}’ is the first stop of the
      Tab key and moves the focus to the content; every link can be reached with Tab, in the
      order of the page; the focus is visible at every step.</li>
    <li><strong>Screen width:</strong> every page fits a screen 320 pixels wide without scrolling
      sideways (the same as 400% magnification on an ordinary screen). Screenshots at 320, 768,
      1280 and 1920 pixels, light and dark, are compared with reviewed references.</li>
    <li><strong>Lighthouse</strong> (by Google) on the home page and a topic page:
      accessibility, best practices and SEO 100 out of 100.</li>
    <li><strong>Structure:</strong> every page has one main heading, unique anchors and working
      links; abbreviations are marked and link to the glossary.</li>
  </ul>
  <p>The site uses plain HTML and one style sheet, with no JavaScript needed to read the
  content. It follows the colour scheme (light or dark) and the ‘reduce motion’ setting of your
  device.</p>

  <h2 id="beperkingen">Known limitations</h2>
  <ul>
    <li>The site has not been tested with screen readers (such as NVDA, JAWS or VoiceOver), nor
      with users with a disability.</li>
    <li>Automatic tests find only part of the possible problems. Whether texts are clear, and
      whether headings and link texts describe what they are about, has been judged only while
      writing and reviewing.</li>
    <li>Citations in the text are small links with only a number, such as [16]; a screen reader
      reads them as ‘${layout.fill(messages.citation_label, {"number": "16"})}’.</li>
    <li>Links to other websites, and the documents there, are outside this statement.</li>
  </ul>

  <h2 id="contact">Reporting a problem</h2>
  <#if site.repository?has_content>
  <p>Did you run into something, or is something hard to use? Report it through the
  <a href="${site.repository}/issues">issue list of the source code</a>. Describe on which page
  it was, what you tried and which assistive technology you use.</p>
  <#else>
  <p>Did you run into something, or is something hard to use? Let the publisher know.</p>
  </#if>
  </div>
