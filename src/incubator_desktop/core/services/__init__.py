"""Operations on the records: plain functions that take a Session; the caller owns the transaction."""
