/**
 * Event fusion: {@link org.storyline.fusion.event.EventFuser} groups event mentions of one
 * real-world happening, within and across articles and their duplicates, into canonical events
 * with a status history, a best date, merged quantities and citations of every supporting
 * sentence.
 */
package org.storyline.fusion.event;
