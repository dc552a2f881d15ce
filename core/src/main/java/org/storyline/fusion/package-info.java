/**
 * Cross-article fusion: builds a {@link org.storyline.model.Story} from a batch of analysed
 * articles. {@link org.storyline.fusion.StoryBuilder} runs the event fuser ({@code
 * org.storyline.fusion.event}) and the contradiction finder ({@code
 * org.storyline.fusion.contradiction}) over an {@link org.storyline.fusion.EntityView} supplied by
 * entity resolution; {@link org.storyline.fusion.Timeline} orders and filters the events. Shared
 * pieces: {@link org.storyline.fusion.MentionFacts} (one event mention as fusion reads it), {@link
 * org.storyline.fusion.FrameTable} (frame families, resource {@code fusion/frames.v2.txt}), {@link
 * org.storyline.fusion.StatusOrder}, {@link org.storyline.fusion.DateRelation}, {@link
 * org.storyline.fusion.FusionCode}.
 *
 * <p>Every function here depends only on the set of its inputs, never on their order or on the
 * clock.
 */
package org.storyline.fusion;
