package nl.spoorzoeker.instrument;

/**
 * The kinds of instrument result a report can carry (issue 19 item 7); the coach can leave each
 * kind out of the reports of a traject. Stored by name in {@code instrument_rapportkeuze}.
 */
public enum Instrumentsoort { INTERESSE, WAARDEN, DRIJFVEREN, KERNKWADRANTEN, SCHALEN, STARR }
