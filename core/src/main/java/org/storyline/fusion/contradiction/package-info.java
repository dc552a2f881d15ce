/**
 * Contradiction finding: {@link org.storyline.fusion.contradiction.ContradictionFinder} reports
 * conflicting dates, places, participants and statuses for one fused event, and role anachronisms
 * ("former President" while the sources place the person in office).
 */
package org.storyline.fusion.contradiction;
