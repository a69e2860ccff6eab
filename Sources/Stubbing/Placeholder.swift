enum StubbingPlaceholder {}
