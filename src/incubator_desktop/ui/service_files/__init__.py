"""The service-files workspace (服务档案): marriage-custom and family-counselling files, names masked."""
