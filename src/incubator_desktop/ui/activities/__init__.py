"""The activities workspace (服务活动): service activities by organizations or the base, with photos."""
