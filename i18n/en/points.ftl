error-points-not-enough = Not enough points: you have { $balance } and this takes { $needed }.
