/**
 * The {@code storyline} command line: argument parsing (picocli), progress display and the
 * rendering of timelines, entities and contradictions as text. Assembly and I/O only; the analysis
 * lives in the stage packages and {@code org.storyline.engine}.
 */
package org.storyline.cli;
