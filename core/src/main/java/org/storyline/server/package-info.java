/**
 * {@code storyline serve}: one process serving a JSON API under {@code /api/} and the web page
 * (static files from the classpath folder {@code web/}) over one store. Built on the JDK's {@code
 * com.sun.net.httpserver} so the core jar gains no dependency. Reads come from a cached snapshot of
 * the stored story; writes (uploads) are queued to one writer thread that runs the whole pipeline
 * through {@link org.storyline.engine.StorylineEngine} and rebuilds the fused story. The contract
 * is {@code docs/openapi.yaml}; {@code docs/api.md} has examples.
 */
package org.storyline.server;
