"""Publishing: channels, the schedule (daily targets and slots) and export files for posting
tools."""
