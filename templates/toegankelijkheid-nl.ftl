<#ftl output_format="HTML" strip_whitespace=true>
<#-- The Dutch text of toegankelijkheid.ftl, included there for sites with language: nl. -->
  <header class="artikel-kop">
    <h1>${layout.hy(content.title)}</h1>
    <p class="inleiding">${content.summary}</p>
    <p class="bijgewerkt">Opgesteld op <time datetime="2026-11-27">27 november 2026</time>.</p>
  </header>
  <div class="tekst">
  <h2 id="doel">Wat we nastreven</h2>
  <p>Deze site moet voor iedereen bruikbaar zijn: met toetsenbord, schermlezer, vergroting of een
  kleine telefoon. We streven naar de norm die voor websites van de Nederlandse overheid geldt:
  de Web Content Accessibility Guidelines (<abbr title="Web Content Accessibility Guidelines">WCAG</abbr>) 2.1,
  niveau A en AA, zoals opgenomen in de Europese norm EN 301 549.</p>

  <h2 id="status">Hoe ver we zijn</h2>
  <p>Bij alles wat automatisch en met het toetsenbord te testen is, voldoet de site aan
  WCAG 2.1 AA. Een volledig handmatig onderzoek door een onafhankelijke deskundige is nog niet
  gedaan. Daarom zeggen we niet dat de site volledig voldoet. Deze verklaring is niet
  opgesteld met het model en het register van de overheid (digitoegankelijk.nl).</p>

  <h2 id="getest">Wat is getest, en hoe</h2>
  <p>Bij elke wijziging van de broncode draaien automatische tests. Ze staan in de broncode en
  gebruiken de browser Chromium, zonder scherm:</p>
  <ul>
    <li><strong>Automatische toets met axe-core</strong> op elke pagina, in licht én donker
      kleurenschema, met alle regels voor WCAG 2.0 en 2.1 niveau A en AA. De test slaagt alleen
      als er nul fouten zijn.</li>
    <li><strong>Alleen toetsenbord:</strong> de link ‘Naar de inhoud’ is de eerste stap met de
      Tab-toets en zet de focus op de inhoud; elke link is met Tab bereikbaar, in de volgorde
      van de pagina; de focus is bij elke stap zichtbaar.</li>
    <li><strong>Schermbreedte:</strong> elke pagina past op een scherm van 320 pixels breed
      zonder horizontaal te scrollen (dat komt overeen met 400% vergroting op een gewoon
      beeldscherm). Schermafbeeldingen op 320, 768, 1280 en 1920 pixels, licht en donker, worden
      vergeleken met nagekeken referenties.</li>
    <li><strong>Lighthouse</strong> (van Google) op de startpagina en een onderwerppagina:
      toegankelijkheid, goede praktijken en vindbaarheid 100 van de 100.</li>
    <li><strong>Opbouw:</strong> elke pagina heeft één hoofdkop, unieke ankers en werkende links,
      afkortingen zijn gemarkeerd en verwijzen naar de lijst met begrippen.</li>
  </ul>
  <p>De site gebruikt gewone HTML en een stijlblad, zonder JavaScript dat nodig is om de
  inhoud te lezen. Ze volgt het kleurenschema (licht of donker) en de instelling ‘minder
  beweging’ van uw apparaat.</p>

  <h2 id="beperkingen">Bekende beperkingen</h2>
  <ul>
    <li>De site is niet getest met schermlezers (zoals NVDA, JAWS of VoiceOver) en niet met
      gebruikers met een beperking.</li>
    <li>Automatische tests vinden maar een deel van de mogelijke problemen. Of teksten duidelijk
      zijn, of koppen en linkteksten goed beschrijven waar het over gaat, is alleen bij het
      schrijven en nalezen beoordeeld.</li>
    <li>De teksten volgen de officiële tekst van de Nationale Drug Monitor en zijn daardoor op
      veel plaatsen moeilijker dan taalniveau B1.</li>
    <li>Bronverwijzingen in de tekst zijn kleine links met alleen een nummer, zoals [16]; een
      schermlezer leest ze voor als ‘bron 16’.</li>
    <li>Links naar andere websites, zoals officielebekendmakingen.nl, en de documenten daar
      vallen buiten deze verklaring.</li>
  </ul>

  <h2 id="contact">Een probleem melden</h2>
  <#if site.repository?has_content>
  <p>Loopt u ergens tegenaan, of is iets niet goed te gebruiken? Meld het via de
  <a href="${site.repository}/issues">lijst met meldingen van de broncode</a>. Beschrijf op welke
  pagina het was, wat u probeerde en welk hulpmiddel u gebruikt.</p>
  <#else>
  <p>Loopt u ergens tegenaan, of is iets niet goed te gebruiken? Laat het de uitgever weten.</p>
  </#if>
  </div>
