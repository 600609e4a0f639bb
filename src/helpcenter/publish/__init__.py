"""What a build publishes: staged in a temporary folder, every file accounted for, swapped in
only when the whole build succeeded."""
