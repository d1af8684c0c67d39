package cn.nanhu.talent.stats;

/**
 * How a figure is broken down. Every event counts once under ALL (value "") and once under each
 * dimension its subject has a value for; CHANNEL is filled by the channel feature.
 */
public enum Dimension {
    ALL, DISTRICT, INDUSTRY, OCCUPATION, CHANNEL
}
