"""The resources workspace (资源链接): donations and other resources linked to the community, with totals."""
