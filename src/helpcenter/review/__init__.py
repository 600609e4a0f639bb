"""What a reviewer of a change sees: which published contacts it adds or removes."""
