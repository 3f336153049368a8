error-points-not-enough = 포인트가 모자라요. 지금 { $balance }점이고 { $needed }점이 필요해요.
