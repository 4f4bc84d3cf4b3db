import XaSoCore
