import XaSoApp
