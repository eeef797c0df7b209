"""The people workspace (人员): leaders, volunteers, trainees, social workers and project staff."""
