"""The translator's room: a policy family's source and one translation side by side."""
