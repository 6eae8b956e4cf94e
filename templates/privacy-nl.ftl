<#ftl output_format="HTML" strip_whitespace=true>
<#-- The Dutch text of privacy.ftl, included there for sites with language: nl. -->
  <header class="artikel-kop">
    <h1>${layout.hy(content.title)}</h1>
    <p class="inleiding">${content.summary}</p>
    <p class="bijgewerkt">Opgesteld op <time datetime="2026-11-27">27 november 2026</time>.</p>
  </header>
  <div class="tekst">
  <h2 id="kort">In het kort</h2>
  <ul>
    <li>Deze site plaatst <strong>geen cookies</strong> en bewaart ook op een andere manier
      niets in uw browser.</li>
    <li>Alles wat een pagina nodig heeft (tekst, opmaak, het pictogram) komt van deze site zelf.
      Er wordt <strong>niets geladen van andere partijen</strong>: geen lettertypen, geen
      scripts, geen video’s, geen knoppen van sociale media.</li>
    <li>Er worden <strong>geen bezoekersstatistieken</strong> bijgehouden en er zijn geen
      advertenties.</li>
    <li>U hoeft niets in te vullen of te versturen om de site te gebruiken.</li>
  </ul>

  <h2 id="server">Wat de webserver ziet</h2>
  <p>Zoals bij elke website krijgt de server die de pagina’s aflevert technische gegevens mee
  met elk verzoek, zoals het IP-adres, het tijdstip en de gevraagde pagina. De site zelf
  verzamelt of bewaart die gegevens niet. Of en hoe lang de hostingpartij ze in haar
  logbestanden bewaart, staat in het privacybeleid van die partij.</p>

  <h2 id="links">Links naar andere websites</h2>
  <p>De pagina’s verwijzen naar bronnen op andere websites, zoals officielebekendmakingen.nl.
  Pas als u op zo’n link klikt, bezoekt u die website; daar geldt het privacybeleid van die
  website.</p>

  <h2 id="vragen">Vragen</h2>
  <#if site.repository?has_content>
  <p>Vragen over deze verklaring kunt u stellen via de
  <a href="${site.repository}/issues">lijst met meldingen van de broncode</a>.</p>
  <#else>
  <p>Vragen over deze verklaring kunt u stellen aan de uitgever.</p>
  </#if>
  </div>
