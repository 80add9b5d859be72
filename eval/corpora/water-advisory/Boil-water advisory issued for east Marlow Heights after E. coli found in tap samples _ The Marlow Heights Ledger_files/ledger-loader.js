/* ledger loader */ window.ledger=window.ledger||{};
