"""The registration workspace (登记备案): filing and registration cases with their document checklists."""
