export { renderJourneyMapHtml, type RenderJourneyMapHtmlOptions } from "./render-journey-map-html";
