/**
 * The stage contract ({@link org.storyline.pipeline.Stage}, {@link org.storyline.pipeline.StageInfo},
 * {@link org.storyline.pipeline.Layer}) and {@link org.storyline.pipeline.Pipeline}, which checks
 * at assembly that every stage's required layers are provided earlier; {@link
 * org.storyline.pipeline.RuleFile} reads the shared syntax of versioned rule files.
 */
package org.storyline.pipeline;
