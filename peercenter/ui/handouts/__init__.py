"""The Handouts screen: the topic library a center edits, and its local resources."""
