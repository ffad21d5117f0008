"""Pure text transforms: decode, repair, normalise, clean, segment, identify language."""
