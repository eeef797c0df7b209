"""The trainings workspace (培训): training sessions and who attended them (人次)."""
