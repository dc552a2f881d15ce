/**
 * The exchange format between processes that share no store: {@link
 * org.storyline.exchange.ExchangeJson} writes and reads model records as JSON lines, losslessly;
 * {@link org.storyline.exchange.ExchangeLayout} names the parts of a job's output directory; {@link
 * org.storyline.exchange.ExchangeImporter} loads such a directory into an embedded store ({@code
 * storyline import}). The Spark job (module {@code storyline-spark}) writes it beside its Parquet
 * tables; reading it needs neither Spark nor Hadoop, so the core jar stays free of both.
 */
package org.storyline.exchange;
